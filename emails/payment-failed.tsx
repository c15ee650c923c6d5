import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface PaymentFailedProps {
  name: string
  membershipNumber: string
  billingUrl: string
  graceEnds: string
}

export default function PaymentFailed(props: PaymentFailedProps) {
  return (
    <EmailLayout preview="Your membership payment did not go through" reason="You are getting this because a Chorus membership payment failed.">
      <Text style={headingStyle}>Your membership payment did not go through</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        We could not take your latest membership payment (membership {props.membershipNumber}). Your membership continues
        until {props.graceEnds} while you put it right.
      </Text>
      <CallToAction href={props.billingUrl}>
        Update your payment details
      </CallToAction>
      <Text>If nothing changes by {props.graceEnds}, your membership will lapse and you will not be able to vote.</Text>
    </EmailLayout>
  )
}

PaymentFailed.PreviewProps = {
  name: 'Amira Okafor',
  membershipNumber: 'CH-000123',
  billingUrl: 'https://chorus.example/account#membership',
  graceEnds: '25 December 2026',
} satisfies PaymentFailedProps
