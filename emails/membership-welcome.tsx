import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface MembershipWelcomeProps {
  name: string
  membershipNumber: string
  tierName: string
  accountUrl: string
  needsVerification: boolean
}

export default function MembershipWelcome(props: MembershipWelcomeProps) {
  return (
    <EmailLayout preview={`Welcome to Chorus — your membership number is ${props.membershipNumber}`} reason="You are getting this because you joined Chorus.">
      <Text style={headingStyle}>Welcome to Chorus</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        Thank you for joining. You are now a {props.tierName} member and your membership number is {props.membershipNumber}.
      </Text>
      {props.needsVerification ? (
        <Text>
          Our officers will check your registration number with your regulator, usually within two working days. Once it is
          verified you can vote in Chorus ballots.
        </Text>
      ) : null}
      <CallToAction href={props.accountUrl} linkText="Your account:">
        See your membership card
      </CallToAction>
    </EmailLayout>
  )
}

MembershipWelcome.PreviewProps = {
  name: 'Amira Okafor',
  membershipNumber: 'CH-000123',
  tierName: 'Full',
  accountUrl: 'https://chorus.example/account',
  needsVerification: true,
} satisfies MembershipWelcomeProps
