import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface BallotReminderProps {
  name: string
  title: string
  ballotUrl: string
  closes: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function BallotReminder(props: BallotReminderProps) {
  return (
    <EmailLayout preview={`Voting closes ${props.closes}: ${props.title}`} reason="You are getting this because you can vote in this Chorus ballot and have not voted yet." unsubscribeUrl={props.unsubscribeUrl} preferencesUrl={props.preferencesUrl}>
      <Text style={headingStyle}>There is still time to vote</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        Voting in “{props.title}” closes {props.closes}. You have not voted yet. It takes a minute, and your vote is secret.
      </Text>
      <CallToAction href={props.ballotUrl}>
        Vote now
      </CallToAction>
    </EmailLayout>
  )
}

BallotReminder.PreviewProps = {
  name: 'Amira Okafor',
  title: 'Motion: a national caseload limit for children’s social workers',
  ballotUrl: 'https://chorus.example/ballots/6b1f1c52-0c3e-4b8e-9d3f-2f4d5e6a7b8c',
  closes: '17:00 GMT, Tuesday 8 December 2026',
  unsubscribeUrl: 'https://chorus.example/unsubscribe?token=preview',
  preferencesUrl: 'https://chorus.example/account#email',
} satisfies BallotReminderProps
