import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface BallotOpenProps {
  name: string
  title: string
  kind: 'motion' | 'election'
  ballotUrl: string
  closes: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function BallotOpen(props: BallotOpenProps) {
  return (
    <EmailLayout preview={`Voting is open: ${props.title}`} reason="You are getting this because you are a Chorus member who can vote in this ballot." unsubscribeUrl={props.unsubscribeUrl} preferencesUrl={props.preferencesUrl}>
      <Text style={headingStyle}>Voting is open: {props.title}</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        You can vote in this {props.kind === 'election' ? 'election' : 'motion'} until {props.closes}. Your vote is secret: Chorus
        records that you voted, never how.
      </Text>
      <CallToAction href={props.ballotUrl}>
        Vote now
      </CallToAction>
    </EmailLayout>
  )
}

BallotOpen.PreviewProps = {
  name: 'Amira Okafor',
  title: 'Motion: a national caseload limit for children’s social workers',
  kind: 'motion',
  ballotUrl: 'https://chorus.example/ballots/6b1f1c52-0c3e-4b8e-9d3f-2f4d5e6a7b8c',
  closes: '17:00 GMT, Tuesday 8 December 2026',
  unsubscribeUrl: 'https://chorus.example/unsubscribe?token=preview',
  preferencesUrl: 'https://chorus.example/account#email',
} satisfies BallotOpenProps
