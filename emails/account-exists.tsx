import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface AccountExistsProps {
  name: string
  signInUrl: string
  resetUrl: string
}

/** Sent instead of a second account: the sign-up page says the same either way, only the owner learns of it. */
export default function AccountExists({ name, signInUrl, resetUrl, t, locale }: AccountExistsProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={t('You already have a Chorus account')}
      reason={t('You are getting this email because someone tried to create a Chorus account with this address, which already has one. If it was not you, ignore it: nothing has changed.')}
    >
      <Text style={headingStyle}>{t('You already have a Chorus account')}</Text>
      <Text>{t('Hello {name},', { name })}</Text>
      <Text>{t('Someone, perhaps you, tried to create a new Chorus account with this email address. It already has an account, so no new one was made.')}</Text>
      <CallToAction href={signInUrl} linkText={t('Or copy this link into your browser:')}>
        {t('Sign in to Chorus')}
      </CallToAction>
      <Text>{t('Forgotten your password? Choose a new one at {resetUrl}', { resetUrl })}</Text>
    </EmailLayout>
  )
}

AccountExists.PreviewProps = previews['account-exists'] as AccountExistsProps
