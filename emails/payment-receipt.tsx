import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'

export interface PaymentReceiptProps {
  name: string
  membershipNumber: string
  amount: string
  paidOn: string
  paidUntil: string
  invoiceId: string
}

export default function PaymentReceipt(props: PaymentReceiptProps) {
  return (
    <EmailLayout preview={`Receipt: ${props.amount} membership dues`} reason="You are getting this receipt because you paid Chorus membership dues.">
      <Text style={headingStyle}>Receipt for your membership dues</Text>
      <Text>Dear {props.name},</Text>
      <Text>We have received {props.amount} on {props.paidOn}. Thank you.</Text>
      <Text>
        Membership number: {props.membershipNumber}
        <br />
        Paid until: {props.paidUntil}
        <br />
        Reference: {props.invoiceId}
      </Text>
      <Text>Keep this email for your records. Professional body subscriptions may be tax deductible.</Text>
    </EmailLayout>
  )
}

PaymentReceipt.PreviewProps = {
  name: 'Amira Okafor',
  membershipNumber: 'CH-000123',
  amount: '£180.00',
  paidOn: '25 November 2026',
  paidUntil: '25 November 2027',
  invoiceId: 'in_1PreviewInvoice',
} satisfies PaymentReceiptProps
