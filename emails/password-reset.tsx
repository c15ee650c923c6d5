import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface PasswordResetProps {
  name: string
  resetUrl: string
}

export default function PasswordReset({ name, resetUrl, t, locale }: PasswordResetProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={t('Use this link to choose a new Chorus password')}
      reason={t('You are getting this email because someone asked to reset the password of the Chorus account with this address. If it was not you, ignore it: your password has not changed.')}
    >
      <Text style={headingStyle}>{t('Reset your password')}</Text>
      <Text>{t('Hello {name},', { name })}</Text>
      <Text>{t('Use the button below to choose a new password. You will be signed out of Chorus on every device.')}</Text>
      <CallToAction href={resetUrl} linkText={t('Or copy this link into your browser:')}>
        {t('Choose a new password')}
      </CallToAction>
      <Text>{t('The link works for 1 hour and only once.')}</Text>
    </EmailLayout>
  )
}

PasswordReset.PreviewProps = previews['password-reset'] as PasswordResetProps
