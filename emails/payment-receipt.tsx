import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'
import { formatDate } from '../app/i18n/format.ts'

export interface PaymentReceiptProps {
  name: string
  membershipNumber: string
  amount: string
  /** ISO instants, written in the email's language. */
  paidOn: string
  paidUntil: string | null
  invoiceId: string
}

export default function PaymentReceipt({ t, locale, ...props }: PaymentReceiptProps & Localised) {
  return (
    <EmailLayout locale={locale} preview={t('Receipt: {amount} membership dues', { amount: props.amount })} reason={t('You are getting this receipt because you paid Chorus membership dues.')}>
      <Text style={headingStyle}>{t('Receipt for your membership dues')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{t('We have received {amount} on {paidOn}. Thank you.', { amount: props.amount, paidOn: formatDate(locale, props.paidOn, 'long') })}</Text>
      <Text>
        {t('Membership number: {membershipNumber}', { membershipNumber: props.membershipNumber })}
        <br />
        {props.paidUntil ? (
          <>
            {t('Paid until: {paidUntil}', { paidUntil: formatDate(locale, props.paidUntil, 'long') })}
            <br />
          </>
        ) : null}
        {t('Reference: {invoiceId}', { invoiceId: props.invoiceId })}
      </Text>
      <Text>{t('Keep this email for your records. Professional body subscriptions may be tax deductible.')}</Text>
    </EmailLayout>
  )
}

PaymentReceipt.PreviewProps = previews['payment-receipt'] as PaymentReceiptProps
