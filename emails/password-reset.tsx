import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface PasswordResetProps {
  name: string
  resetUrl: string
}


export default function PasswordReset({ name, resetUrl }: PasswordResetProps) {
  return (
    <EmailLayout preview="Use this link to choose a new Chorus password" reason="You are getting this email because someone asked to reset the password of the Chorus account with this address. If it was not you, ignore it: your password has not changed.">
      <Text style={headingStyle}>Reset your password</Text>
      <Text>Hello {name},</Text>
      <Text>Use the button below to choose a new password. You will be signed out of Chorus on every device.</Text>
      <CallToAction href={resetUrl} linkText="Or copy this link into your browser:">
        Choose a new password
      </CallToAction>
      <Text>The link works for 1 hour and only once.</Text>
    </EmailLayout>
  )
}

PasswordReset.PreviewProps = {
  name: 'Amira Okafor',
  resetUrl: 'https://chorus.example/reset-password?token=preview-token',
} satisfies PasswordResetProps
