import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface PressAlertProps {
  name: string
  headline: string
  summary: string
  briefingUrl: string
  /** When the briefing was issued, already written for people (e.g. "09:30 GMT, Wednesday 25 November 2026"). */
  issuedAt: string
  /** Present when the briefing is under embargo, e.g. "EMBARGOED UNTIL 00:01 GMT, Tuesday 1 December 2026". */
  embargoNotice?: string
  /** The briefing's notes to editors, after the "ENDS" line as press offices send them. */
  notesToEditors?: string
  /** Who it goes to: approved journalists, or people who subscribed to public briefings. */
  audience?: 'journalists' | 'subscribers'
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function PressAlert({ t, locale, ...props }: PressAlertProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={props.summary}
      reason={
        props.audience === 'subscribers'
          ? t('You are getting this because you asked for Chorus press briefings by email.')
          : t('You are getting this because you subscribed to Chorus press alerts with your press account.')
      }
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={{ fontSize: '14px', fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.05em', margin: '16px 0 0' }}>
        {t('Chorus press briefing · {issuedAt}', { issuedAt: props.issuedAt })}
      </Text>
      {props.embargoNotice ? (
        <Text style={{ fontSize: '16px', fontWeight: 700, color: '#ffffff', backgroundColor: '#a4200e', padding: '8px 12px', margin: '12px 0 0' }}>
          {t('{embargoNotice}. Not for publication, broadcast or online use before then.', { embargoNotice: props.embargoNotice })}
        </Text>
      ) : null}
      <Text style={headingStyle}>{props.headline}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{props.summary}</Text>
      <Button href={props.briefingUrl} style={buttonStyle}>
        {t('Read the full briefing')}
      </Button>
      <Text>{t('Press office contacts and on-the-record quotes are in the briefing: {url}', { url: props.briefingUrl })}</Text>
      <Text style={{ fontWeight: 700 }}>ENDS</Text>
      {props.notesToEditors ? (
        <>
          <Text style={{ fontWeight: 700, margin: '16px 0 0' }}>{t('Notes to editors')}</Text>
          {props.notesToEditors.split(/\n{2,}/).map((p) => (
            <Text key={p}>{p}</Text>
          ))}
        </>
      ) : null}
    </EmailLayout>
  )
}

PressAlert.PreviewProps = previews['press-alert'] as PressAlertProps
