import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Locale } from '../app/i18n/locale.ts'
import { embargoNotice, endsLine } from '../app/domain/press/embargo-line.ts'
import type { EmailT, Localised } from './components/language.ts'
import { whenIn } from './components/when.ts'
import previews from './previews.json'

export interface PressAlertProps {
  name: string
  headline: string
  summary: string
  briefingUrl: string
  /** When the briefing was issued (an instant, written out in each copy's language). */
  issuedAt: string
  /** Present when the briefing is under embargo: the lift time (an instant). */
  embargoUntil?: string
  /** The embargo line already written in English, as alerts queued before `embargoUntil` carry it. */
  embargoNotice?: string
  /** The Welsh version, when the press office wrote one: the Welsh copy of the alert carries it. */
  welsh?: WelshAlert
  /** The briefing's notes to editors, after the "ENDS" line as press offices send them. */
  notesToEditors?: string
  /** Who it goes to: approved journalists, or people who subscribed to public briefings. */
  audience?: 'journalists' | 'subscribers'
  unsubscribeUrl?: string
  preferencesUrl?: string
}

interface WelshAlert {
  headline: string
  summary: string
  notesToEditors?: string
}

/** The embargo line in the copy's language, when the briefing is under embargo. */
function alertEmbargoLine(locale: Locale, p: Pick<PressAlertProps, 'embargoUntil' | 'embargoNotice'>) {
  return p.embargoUntil ? embargoNotice(p.embargoUntil, locale) : p.embargoNotice
}

/** The subject: the headline in the copy's language (the English where there is no Welsh version). */
export function pressAlertSubject(data: Omit<PressAlertProps, 'name'>, t: EmailT, locale: Locale) {
  const headline = locale === 'cy' && data.welsh ? data.welsh.headline : data.headline
  return alertEmbargoLine(locale, data) ? t('EMBARGOED press briefing: {headline}', { headline }) : t('Press briefing: {headline}', { headline })
}

export default function PressAlert({ t, locale, ...props }: PressAlertProps & Localised) {
  const inWelsh = locale === 'cy' && props.welsh
  const text = inWelsh ? props.welsh! : props
  const notice = alertEmbargoLine(locale, props)
  return (
    <EmailLayout
      locale={locale}
      preview={text.summary}
      reason={
        props.audience === 'subscribers'
          ? t('You are getting this because you asked for Chorus press briefings by email.')
          : t('You are getting this because you subscribed to Chorus press alerts with your press account.')
      }
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={{ fontSize: '14px', fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.05em', margin: '16px 0 0' }}>
        {t('Chorus press briefing · {issuedAt}', { issuedAt: whenIn(locale, props.issuedAt) })}
      </Text>
      {notice ? (
        <Text style={{ fontSize: '16px', fontWeight: 700, color: '#ffffff', backgroundColor: '#a4200e', padding: '8px 12px', margin: '12px 0 0' }}>
          {t('{embargoNotice}. Not for publication, broadcast or online use before then.', { embargoNotice: notice })}
        </Text>
      ) : null}
      {locale === 'cy' && !props.welsh ? <Text style={{ fontStyle: 'italic' }}>{t('There is no Welsh version of this briefing. Here it is in English.')}</Text> : null}
      <Text style={headingStyle}>{text.headline}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{text.summary}</Text>
      <Button href={props.briefingUrl} style={buttonStyle}>
        {t('Read the full briefing')}
      </Button>
      <Text>{t('Press office contacts and on-the-record quotes are in the briefing: {url}', { url: props.briefingUrl })}</Text>
      <Text style={{ fontWeight: 700 }}>{endsLine(locale)}</Text>
      {text.notesToEditors ? (
        <>
          <Text style={{ fontWeight: 700, margin: '16px 0 0' }}>{t('Notes to editors')}</Text>
          {text.notesToEditors.split(/\n{2,}/).map((p) => (
            <Text key={p}>{p}</Text>
          ))}
        </>
      ) : null}
    </EmailLayout>
  )
}

PressAlert.PreviewProps = previews['press-alert'] as PressAlertProps
