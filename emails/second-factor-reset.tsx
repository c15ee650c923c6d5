import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface SecondFactorResetProps {
  name: string
  signInUrl: string
}

/** An admin reset this person's two-step verification: they hear of it, whether or not they asked. */
export default function SecondFactorReset({ name, signInUrl, t, locale }: SecondFactorResetProps & Localised) {
  return (
    <EmailLayout locale={locale} preview={t('Your two-step verification was reset')} reason={t('You are getting this email because a Chorus admin changed how you sign in.')}>
      <Text style={headingStyle}>{t('Your two-step verification was reset')}</Text>
      <Text>{t('Hello {name},', { name })}</Text>
      <Text>{t('A Chorus admin has removed your authenticator app, recovery codes and passkeys, and signed you out everywhere. Your password has not changed.')}</Text>
      <Text>{t('When you next sign in, you may be asked to set up two-step verification again.')}</Text>
      <CallToAction href={signInUrl} linkText={t('Or copy this link into your browser:')}>
        {t('Sign in to Chorus')}
      </CallToAction>
      <Text>{t('If you did not ask for this, tell the Chorus office today and change your password.')}</Text>
    </EmailLayout>
  )
}

SecondFactorReset.PreviewProps = previews['second-factor-reset'] as SecondFactorResetProps
