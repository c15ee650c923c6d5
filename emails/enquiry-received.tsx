import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'
import { Paragraphs } from './components/paragraphs.tsx'

export interface EnquiryReceivedProps {
  name: string
  reference: string
  topic: string
  deadline: string
  question: string
}

export default function EnquiryReceived(props: EnquiryReceivedProps) {
  return (
    <EmailLayout preview={`We have your enquiry and your deadline of ${props.deadline}`} reason="You are getting this because you sent a media enquiry to the Chorus press office.">
      <Text style={headingStyle}>We have your enquiry</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        Thank you. The press office has your enquiry about {props.topic} ({props.reference}) and your deadline of {props.deadline}. An officer will reply to this address; if we
        cannot help, we will say so before your deadline.
      </Text>
      <Text>You asked:</Text>
      <Paragraphs text={props.question} quoted />
    </EmailLayout>
  )
}

EnquiryReceived.PreviewProps = {
  name: 'Tom Ashworth',
  reference: 'Enquiry 42',
  topic: 'the Hollins Vale review',
  deadline: '16:00 GMT, Thursday 3 December 2026',
  question: 'Does Chorus think the review is right to blame caseloads?',
} satisfies EnquiryReceivedProps
