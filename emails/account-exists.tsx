import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface AccountExistsProps {
  name: string
  signInUrl: string
  resetUrl: string
}

/** Sent instead of a second account: the sign-up page says the same either way, only the owner learns of it. */
export default function AccountExists({ name, signInUrl, resetUrl }: AccountExistsProps) {
  return (
    <EmailLayout preview="You already have a Chorus account" reason="You are getting this email because someone tried to create a Chorus account with this address, which already has one. If it was not you, ignore it: nothing has changed.">
      <Text style={headingStyle}>You already have a Chorus account</Text>
      <Text>Hello {name},</Text>
      <Text>Someone, perhaps you, tried to create a new Chorus account with this email address. It already has an account, so no new one was made.</Text>
      <CallToAction href={signInUrl} linkText="Or copy this link into your browser:">
        Sign in to Chorus
      </CallToAction>
      <Text>
        Forgotten your password? Choose a new one at {resetUrl}
      </Text>
    </EmailLayout>
  )
}

AccountExists.PreviewProps = {
  name: 'Amira Okafor',
  signInUrl: 'https://chorus.example/login',
  resetUrl: 'https://chorus.example/forgot-password',
} satisfies AccountExistsProps
