import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'

export interface PressSubscriptionConfirmProps {
  name: string
  confirmUrl: string
}

export default function PressSubscriptionConfirm(props: PressSubscriptionConfirmProps) {
  return (
    <EmailLayout preview="Confirm you want Chorus press briefings by email" reason="You are getting this because someone asked for Chorus press briefings at this address. If it was not you, ignore this email and nothing more will be sent.">
      <Text style={headingStyle}>Confirm you want Chorus press briefings</Text>
      <Text>Dear {props.name},</Text>
      <Text>Press the button to start getting public press briefings from Chorus by email. Every briefing has a link to stop them.</Text>
      <Button href={props.confirmUrl} style={buttonStyle}>
        Confirm
      </Button>
    </EmailLayout>
  )
}

PressSubscriptionConfirm.PreviewProps = { name: 'reader', confirmUrl: 'https://chorus.example/press/subscribe?token=preview' } satisfies PressSubscriptionConfirmProps
