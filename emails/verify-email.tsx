import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface VerifyEmailProps {
  name: string
  verifyUrl: string
}


export default function VerifyEmail({ name, verifyUrl }: VerifyEmailProps) {
  return (
    <EmailLayout preview="Confirm your email address to finish setting up your Chorus account" reason="You are getting this email because someone created a Chorus account with this address. If it was not you, ignore it and no account will be confirmed.">
      <Text style={headingStyle}>Confirm your email address</Text>
      <Text>Hello {name},</Text>
      <Text>Confirm this is your email address to finish setting up your Chorus account.</Text>
      <CallToAction href={verifyUrl} linkText="Or copy this link into your browser:">
        Confirm email address
      </CallToAction>
      <Text>The link works for 48 hours.</Text>
    </EmailLayout>
  )
}

VerifyEmail.PreviewProps = {
  name: 'Amira Okafor',
  verifyUrl: 'https://chorus.example/verify-email?token=preview-token',
} satisfies VerifyEmailProps
