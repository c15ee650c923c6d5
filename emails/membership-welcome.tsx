import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import { translateIfMessage } from '../app/i18n/translate.ts'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface MembershipWelcomeProps {
  name: string
  membershipNumber: string
  tierName: string
  accountUrl: string
  needsVerification: boolean
}

export default function MembershipWelcome({ t, locale, ...props }: MembershipWelcomeProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={t('Welcome to Chorus — your membership number is {membershipNumber}', { membershipNumber: props.membershipNumber })}
      reason={t('You are getting this because you joined Chorus.')}
    >
      <Text style={headingStyle}>{t('Welcome to Chorus')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('Thank you for joining. You are now a {tierName} member and your membership number is {membershipNumber}.', {
          // A tier's name, in Welsh when it is a message with a translation.
          tierName: translateIfMessage(locale, props.tierName),
          membershipNumber: props.membershipNumber,
        })}
      </Text>
      {props.needsVerification ? (
        <Text>{t('Our officers will check your registration number with your regulator, usually within two working days. Once it is verified you can vote in Chorus ballots.')}</Text>
      ) : null}
      <CallToAction href={props.accountUrl} linkText={t('Your account:')}>
        {t('See your membership card')}
      </CallToAction>
    </EmailLayout>
  )
}

MembershipWelcome.PreviewProps = previews['membership-welcome'] as MembershipWelcomeProps
