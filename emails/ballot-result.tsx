import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface BallotResultProps {
  name: string
  title: string
  resultsUrl: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function BallotResult(props: BallotResultProps) {
  return (
    <EmailLayout preview={`Result: ${props.title}`} reason="You are getting this because you were on the electorate of this Chorus ballot." unsubscribeUrl={props.unsubscribeUrl} preferencesUrl={props.preferencesUrl}>
      <Text style={headingStyle}>The result is published: {props.title}</Text>
      <Text>Dear {props.name},</Text>
      <Text>Voting has closed and the votes are counted. The full result, every stage of the count, and the anonymised papers for anyone to recount are on the results page.</Text>
      <CallToAction href={props.resultsUrl}>
        See the result
      </CallToAction>
    </EmailLayout>
  )
}

BallotResult.PreviewProps = {
  name: 'Amira Okafor',
  title: 'Election of the Chair of Council 2027',
  resultsUrl: 'https://chorus.example/ballots/6b1f1c52-0c3e-4b8e-9d3f-2f4d5e6a7b8c/results',
  unsubscribeUrl: 'https://chorus.example/unsubscribe?token=preview',
  preferencesUrl: 'https://chorus.example/account#email',
} satisfies BallotResultProps
