import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface MembershipLapsedProps {
  name: string
  membershipNumber: string
  rejoinUrl: string
}

export default function MembershipLapsed(props: MembershipLapsedProps) {
  return (
    <EmailLayout preview="Your Chorus membership has lapsed" reason="You are getting this because your Chorus membership lapsed.">
      <Text style={headingStyle}>Your membership has lapsed</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        We have not been able to take your dues, so membership {props.membershipNumber} has lapsed. You can no longer vote in
        Chorus ballots.
      </Text>
      <CallToAction href={props.rejoinUrl} linkText="Renew at:">
        Renew your membership
      </CallToAction>
    </EmailLayout>
  )
}

MembershipLapsed.PreviewProps = {
  name: 'Amira Okafor',
  membershipNumber: 'CH-000123',
  rejoinUrl: 'https://chorus.example/account#membership',
} satisfies MembershipLapsedProps
