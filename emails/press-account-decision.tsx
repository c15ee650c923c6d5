import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'

export interface PressAccountDecisionProps {
  name: string
  approved: boolean
  outlet: string
  /** The officer's reason, when declined. */
  reason: string
  /** Where to go next: choosing alert topics, or the press room. */
  nextUrl: string
}

export default function PressAccountDecision(props: PressAccountDecisionProps) {
  const title = props.approved ? 'Your Chorus press account is approved' : 'We could not approve your Chorus press account'
  return (
    <EmailLayout preview={title} reason="You are getting this because you registered for a Chorus press account.">
      <Text style={headingStyle}>{title}</Text>
      <Text>Dear {props.name},</Text>
      {props.approved ? (
        <>
          <Text>
            Your press account for {props.outlet} is approved. You can now read briefings under embargo, and we will alert you when the press office issues one.
          </Text>
          <Text>Choose the topics you want alerts about:</Text>
          <Button href={props.nextUrl} style={buttonStyle}>
            Choose your alert topics
          </Button>
        </>
      ) : (
        <>
          <Text>We could not approve your press account for {props.outlet}. The press office said:</Text>
          <Text style={{ borderLeft: '4px solid #b1b4b6', paddingLeft: '12px' }}>{props.reason}</Text>
          <Text>Public briefings stay open to everyone in the press room: {props.nextUrl}</Text>
        </>
      )}
    </EmailLayout>
  )
}

PressAccountDecision.PreviewProps = {
  name: 'Tom Ashworth',
  approved: true,
  outlet: 'The Northfield Gazette',
  reason: '',
  nextUrl: 'https://chorus.example/press/alerts',
} satisfies PressAccountDecisionProps
