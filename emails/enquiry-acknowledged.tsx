import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'

export interface EnquiryAcknowledgedProps {
  name: string
  reference: string
}

/**
 * The receipt for an enquiry sent to an address its sender has not confirmed as theirs. Anyone
 * can type any address into the public form, so this carries nothing they typed: no name, topic
 * or question, only the press office's own words and the reference.
 */
export default function EnquiryAcknowledged(props: EnquiryAcknowledgedProps) {
  return (
    <EmailLayout preview={`The Chorus press office received ${props.reference}`} reason="You are getting this because this address was given on the Chorus press office’s media enquiry form.">
      <Text style={headingStyle}>We received a media enquiry</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        The Chorus press office received a media enquiry that gave this email address for the answer ({props.reference}). An officer will reply to this address, or say
        before the deadline given if we cannot help.
      </Text>
      <Text>If you did not send an enquiry to Chorus, someone else typed your address: you can ignore this email, and we will not write again unless an officer answers it.</Text>
    </EmailLayout>
  )
}

EnquiryAcknowledged.PreviewProps = {
  name: 'journalist',
  reference: 'Enquiry 42',
} satisfies EnquiryAcknowledgedProps
