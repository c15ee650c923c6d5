import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { whenIn } from './components/when.ts'
import previews from './previews.json'

export interface BallotReminderProps {
  name: string
  title: string
  ballotUrl: string
  closes: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function BallotReminder({ t, locale, ...props }: BallotReminderProps & Localised) {
  const closes = whenIn(locale, props.closes)
  return (
    <EmailLayout
      locale={locale}
      preview={t('Voting closes {closes}: {title}', { closes, title: props.title })}
      reason={t('You are getting this because you can vote in this Chorus ballot and have not voted yet.')}
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={headingStyle}>{t('There is still time to vote')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{t('Voting in “{title}” closes {closes}. You have not voted yet. It takes a minute, and your vote is secret.', { title: props.title, closes })}</Text>
      <CallToAction href={props.ballotUrl}>{t('Vote now')}</CallToAction>
    </EmailLayout>
  )
}

BallotReminder.PreviewProps = previews['ballot-reminder'] as BallotReminderProps
