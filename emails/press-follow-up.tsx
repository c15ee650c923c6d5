import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Locale } from '../app/i18n/locale.ts'
import { embargoNotice } from '../app/domain/press/embargo-line.ts'
import type { EmailT, Localised } from './components/language.ts'
import { whenIn } from './components/when.ts'
import previews from './previews.json'

/** What changed after the briefing reached the journalist. */
export type FollowUpKind = 'withdrawn' | 'moved' | 'corrected' | 'lifted-early'

export interface PressFollowUpProps {
  name: string
  kind: FollowUpKind
  headline: string
  briefingUrl: string
  /** True while the text this person holds is still under embargo. */
  embargoed: boolean
  /** Withdrawn: the notice readers now see in place of the briefing. */
  notice?: string
  /** Moved: the new lift time (an instant, written out in each copy's language). */
  movedTo?: string
  /** Moved, or corrected under embargo: the lift time (an instant) for the embargo line. */
  embargoUntil?: string
  /** The embargo line already written in English, as notices queued before `embargoUntil` carry it. */
  embargoNotice?: string
  /** Lifted early: the lift time the holder was working to (an instant). */
  wasEmbargoedUntil?: string
  /** Lifted early: when the press office lifted it (an instant). */
  liftedAt?: string
  /** Corrected: when the version it replaces was sent (an instant). */
  replacesSentAt?: string
  /** The briefing's Welsh headline, when it has a Welsh version: the Welsh copy names it so. */
  headlineCy?: string
  correctionNote?: string
  /** Corrected: the corrected text in full, so nobody works from the old copy. */
  standfirst?: string
  keyLines?: string[]
  keyFacts?: string[]
  quotes?: { text: string; name: string; role: string }[]
  notesToEditors?: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

/** The line that matters, first in the subject and first in the email. */
function followUpTitle(t: EmailT, p: Pick<PressFollowUpProps, 'kind' | 'embargoed' | 'movedTo' | 'replacesSentAt' | 'wasEmbargoedUntil'>, locale: Locale = 'en') {
  if (p.kind === 'withdrawn') return p.embargoed ? t('EMBARGOED RELEASE WITHDRAWN — do not publish') : t('RELEASE WITHDRAWN — do not publish')
  if (p.kind === 'moved') return t('EMBARGO MOVED to {movedTo}', { movedTo: whenIn(locale, p.movedTo) })
  if (p.kind === 'lifted-early') return t('EMBARGO LIFTED EARLY — now free to publish (was embargoed until {was})', { was: whenIn(locale, p.wasEmbargoedUntil) })
  return t('CORRECTED — replaces the version sent at {replacesSentAt}', { replacesSentAt: whenIn(locale, p.replacesSentAt) })
}

/** The headline in the copy's language: the Welsh one where the briefing has a Welsh version. */
const followUpHeadline = (p: Pick<PressFollowUpProps, 'headline' | 'headlineCy'>, locale: Locale) => (locale === 'cy' && p.headlineCy ? p.headlineCy : p.headline)

/** The subject: what changed, then the headline. */
export function pressFollowUpSubject(data: Omit<PressFollowUpProps, 'name'>, t: EmailT, locale: Locale) {
  return `${followUpTitle(t, data, locale)}: ${followUpHeadline(data, locale)}`
}

const banner = { fontSize: '16px', fontWeight: 700, color: '#ffffff', backgroundColor: '#a4200e', padding: '8px 12px', margin: '12px 0 0' }
const label = { fontSize: '14px', fontWeight: 700, textTransform: 'uppercase' as const, letterSpacing: '0.05em', margin: '16px 0 0' }

export default function PressFollowUp({ t, locale, ...props }: PressFollowUpProps & Localised) {
  const title = followUpTitle(t, props, locale)
  const headline = followUpHeadline(props, locale)
  const notice = props.embargoUntil ? embargoNotice(props.embargoUntil, locale) : props.embargoNotice
  const when = (value: string | undefined) => whenIn(locale, value)
  return (
    <EmailLayout
      locale={locale}
      preview={`${title}: ${headline}`}
      reason={t('You are getting this because Chorus sent you this briefing, and you need to know it has changed.')}
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={banner}>{title}</Text>
      <Text style={headingStyle}>{headline}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      {props.kind === 'withdrawn' ? (
        <>
          <Text>
            {props.embargoed
              ? t('The press office has withdrawn this embargoed briefing. Do not publish, broadcast or use any of it, at the embargo time or later.')
              : t('The press office has withdrawn this briefing. Please remove it or mark it as withdrawn wherever you used it.')}
          </Text>
          {props.notice ? <Text>{props.notice}</Text> : null}
        </>
      ) : null}
      {props.kind === 'moved' ? (
        <>
          <Text>{t('The embargo on this briefing now lifts at {movedTo}. Nothing in it may be published, broadcast or used online before then.', { movedTo: when(props.movedTo) })}</Text>
          {notice ? <Text style={{ fontWeight: 700 }}>{notice}</Text> : null}
        </>
      ) : null}
      {props.kind === 'lifted-early' ? (
        <Text>
          {t('The press office lifted the embargo on this briefing early, at {liftedAt}. It was embargoed until {was}. You are now free to publish, broadcast or use it online.', {
            liftedAt: when(props.liftedAt),
            was: when(props.wasEmbargoedUntil),
          })}
        </Text>
      ) : null}
      {props.kind === 'corrected' ? (
        <>
          <Text>{t('This corrected version replaces the version sent at {replacesSentAt}. Use this text, not the earlier one.', { replacesSentAt: when(props.replacesSentAt) })}</Text>
          {locale === 'cy' ? <Text style={{ fontStyle: 'italic' }}>{t('There is no Welsh version of the corrected text yet. Here it is in English.')}</Text> : null}
          {notice ? <Text style={{ fontWeight: 700 }}>{t('{embargoNotice}. Not for publication, broadcast or online use before then.', { embargoNotice: notice })}</Text> : null}
          {props.correctionNote ? (
            <>
              <Text style={label}>{t('What was corrected')}</Text>
              <Text>{props.correctionNote}</Text>
            </>
          ) : null}
          {props.standfirst ? <Text style={{ fontWeight: 700 }}>{props.standfirst}</Text> : null}
          {props.keyLines?.length ? (
            <>
              <Text style={label}>{t('Key lines')}</Text>
              {props.keyLines.map((line, i) => (
                <Text key={i}>{line}</Text>
              ))}
            </>
          ) : null}
          {props.keyFacts?.length ? (
            <>
              <Text style={label}>{t('Key facts')}</Text>
              {props.keyFacts.map((fact, i) => (
                <Text key={i}>• {fact}</Text>
              ))}
            </>
          ) : null}
          {props.quotes?.map((q, i) => (
            <Text key={i}>{`“${q.text}” — ${q.name}${q.role ? `, ${q.role}` : ''}`}</Text>
          ))}
          {props.notesToEditors ? (
            <>
              <Text style={label}>{t('Notes to editors')}</Text>
              <Text>{props.notesToEditors}</Text>
            </>
          ) : null}
        </>
      ) : null}
      <Button href={props.briefingUrl} style={buttonStyle}>
        {props.kind === 'withdrawn' ? t('See the withdrawal notice') : t('Read the briefing as it stands')}
      </Button>
      <Text>{t('The briefing as it stands now: {url}', { url: props.briefingUrl })}</Text>
    </EmailLayout>
  )
}

PressFollowUp.PreviewProps = previews['press-follow-up'] as PressFollowUpProps
