import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface DirectDebitFailedProps {
  name: string
  membershipNumber: string
  payUrl: string
}

/** A first Direct Debit did not clear: the application is saved and waits for payment again. */
export default function DirectDebitFailed(props: DirectDebitFailedProps) {
  return (
    <EmailLayout preview="Your Direct Debit payment did not go through" reason="You are getting this because your first Chorus membership payment failed.">
      <Text style={headingStyle}>Your Direct Debit payment did not go through</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        Your bank did not pay the first Direct Debit for your Chorus membership (application {props.membershipNumber}). Your
        application is saved, but you are not a member yet and you cannot vote.
      </Text>
      <CallToAction href={props.payUrl}>Finish paying</CallToAction>
      <Text>You can pay by card, or set up a Direct Debit from another account. Nothing else has been charged.</Text>
    </EmailLayout>
  )
}

DirectDebitFailed.PreviewProps = {
  name: 'Amira Okafor',
  membershipNumber: 'CH-000123',
  payUrl: 'https://chorus.example/join',
} satisfies DirectDebitFailedProps
