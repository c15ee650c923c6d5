import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface VerifyEmailProps {
  name: string
  verifyUrl: string
}

export default function VerifyEmail({ name, verifyUrl, t, locale }: VerifyEmailProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={t('Confirm your email address to finish setting up your Chorus account')}
      reason={t('You are getting this email because someone created a Chorus account with this address. If it was not you, ignore it and no account will be confirmed.')}
    >
      <Text style={headingStyle}>{t('Confirm your email address')}</Text>
      <Text>{t('Hello {name},', { name })}</Text>
      <Text>{t('Confirm this is your email address to finish setting up your Chorus account.')}</Text>
      <CallToAction href={verifyUrl} linkText={t('Or copy this link into your browser:')}>
        {t('Confirm email address')}
      </CallToAction>
      <Text>{t('The link works for 48 hours.')}</Text>
    </EmailLayout>
  )
}

VerifyEmail.PreviewProps = previews['verify-email'] as VerifyEmailProps
