import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface DirectDebitFailedProps {
  name: string
  membershipNumber: string
  payUrl: string
}

/** A first Direct Debit did not clear: the application is saved and waits for payment again. */
export default function DirectDebitFailed({ t, locale, ...props }: DirectDebitFailedProps & Localised) {
  return (
    <EmailLayout locale={locale} preview={t('Your Direct Debit payment did not go through')} reason={t('You are getting this because your first Chorus membership payment failed.')}>
      <Text style={headingStyle}>{t('Your Direct Debit payment did not go through')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('Your bank did not pay the first Direct Debit for your Chorus membership (application {membershipNumber}). Your application is saved, but you are not a member yet and you cannot vote.', {
          membershipNumber: props.membershipNumber,
        })}
      </Text>
      <CallToAction href={props.payUrl}>{t('Finish paying')}</CallToAction>
      <Text>{t('You can pay by card, or set up a Direct Debit from another account. Nothing else has been charged.')}</Text>
    </EmailLayout>
  )
}

DirectDebitFailed.PreviewProps = previews['direct-debit-failed'] as DirectDebitFailedProps
