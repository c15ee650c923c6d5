import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'
import { Paragraphs } from './components/paragraphs.tsx'

export interface EnquiryDeclinedProps {
  name: string
  reference: string
  topic: string
  reason: string
  officerName: string
}

export default function EnquiryDeclined(props: EnquiryDeclinedProps) {
  return (
    <EmailLayout preview={`Chorus press office: ${props.topic}`} reason="You are getting this because you sent a media enquiry to the Chorus press office.">
      <Text style={headingStyle}>We cannot help with this enquiry</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        Thank you for your enquiry about {props.topic} ({props.reference}). The press office cannot answer it, for this reason:
      </Text>
      <Paragraphs text={props.reason} quoted />
      <Text>{props.officerName}, for the Chorus press office</Text>
    </EmailLayout>
  )
}

EnquiryDeclined.PreviewProps = {
  name: 'Tom Ashworth',
  reference: 'Enquiry 42',
  topic: 'a named social worker',
  reason: 'We do not comment on individual social workers while a review is under way.',
  officerName: 'Daniel Mensah',
} satisfies EnquiryDeclinedProps
