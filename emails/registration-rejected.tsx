import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'

export interface RegistrationRejectedProps {
  name: string
  regulatorName: string
  registrationNumber: string
  reason: string
  accountUrl: string
}

export default function RegistrationRejected(props: RegistrationRejectedProps) {
  return (
    <EmailLayout preview="We could not verify your registration number" reason="You are getting this because Chorus checked the registration number on your membership.">
      <Text style={headingStyle}>We could not verify your registration number</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        We checked {props.registrationNumber} with {props.regulatorName} and could not verify it. The officer who checked it said:
      </Text>
      <Text style={{ borderLeft: '4px solid #b1b4b6', paddingLeft: '12px' }}>{props.reason}</Text>
      <Text>You remain a member, but you cannot vote until your registration is verified. Correct the number in your account.</Text>
      <Button href={props.accountUrl} style={buttonStyle}>
        Correct your registration number
      </Button>
    </EmailLayout>
  )
}

RegistrationRejected.PreviewProps = {
  name: 'Amira Okafor',
  regulatorName: 'Social Work England',
  registrationNumber: 'SW123456',
  reason: 'The register shows a different name for this number. Please check the number you gave.',
  accountUrl: 'https://chorus.example/account#membership',
} satisfies RegistrationRejectedProps
