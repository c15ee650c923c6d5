import { Link, Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { whenIn } from './components/when.ts'
import previews from './previews.json'

export interface BallotOpenProps {
  name: string
  title: string
  kind: 'motion' | 'election'
  ballotUrl: string
  closes: string
  /** The ballot's dates as an iCalendar file (absent from emails queued before it was offered). */
  calendarUrl?: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function BallotOpen({ t, locale, ...props }: BallotOpenProps & Localised) {
  const closes = whenIn(locale, props.closes)
  return (
    <EmailLayout
      locale={locale}
      preview={t('Voting is open: {title}', { title: props.title })}
      reason={t('You are getting this because you are a Chorus member who can vote in this ballot.')}
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={headingStyle}>{t('Voting is open: {title}', { title: props.title })}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('You can vote in this {kind, select, election {election} other {motion}} until {closes}. Your vote is secret: Chorus records that you voted, never how.', {
          kind: props.kind,
          closes,
        })}
      </Text>
      <CallToAction href={props.ballotUrl}>{t('Vote now')}</CallToAction>
      {props.calendarUrl ? (
        <Text>
          <Link href={props.calendarUrl}>{t('Add the voting dates to your calendar')}</Link> {t('(an .ics file for Outlook, Google, Apple and other calendars)')}
        </Text>
      ) : null}
    </EmailLayout>
  )
}

BallotOpen.PreviewProps = previews['ballot-open'] as BallotOpenProps
