import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { dayIn } from './components/when.ts'
import previews from './previews.json'

export interface PaymentFailedProps {
  name: string
  membershipNumber: string
  billingUrl: string
  graceEnds: string
}

export default function PaymentFailed({ t, locale, ...props }: PaymentFailedProps & Localised) {
  const graceEnds = dayIn(locale, props.graceEnds)
  return (
    <EmailLayout locale={locale} preview={t('Your membership payment did not go through')} reason={t('You are getting this because a Chorus membership payment failed.')}>
      <Text style={headingStyle}>{t('Your membership payment did not go through')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('We could not take your latest membership payment (membership {membershipNumber}). Your membership continues until {graceEnds} while you put it right.', {
          membershipNumber: props.membershipNumber,
          graceEnds,
        })}
      </Text>
      <CallToAction href={props.billingUrl}>{t('Update your payment details')}</CallToAction>
      <Text>{t('If nothing changes by {graceEnds}, your membership will lapse and you will not be able to vote.', { graceEnds })}</Text>
    </EmailLayout>
  )
}

PaymentFailed.PreviewProps = previews['payment-failed'] as PaymentFailedProps
