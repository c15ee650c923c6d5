import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'
import { Paragraphs } from './components/paragraphs.tsx'

export interface EnquiryReplyProps {
  name: string
  reference: string
  topic: string
  question: string
  replyText: string
  officerName: string
}

export default function EnquiryReply(props: EnquiryReplyProps) {
  return (
    <EmailLayout preview={`Chorus press office: ${props.topic}`} reason="You are getting this because you sent a media enquiry to the Chorus press office.">
      <Text style={headingStyle}>Our answer to your enquiry</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        This is the Chorus press office’s answer to your enquiry about {props.topic} ({props.reference}).
      </Text>
      <Paragraphs text={props.replyText} />
      <Text>{props.officerName}, for the Chorus press office</Text>
      <Text>You asked:</Text>
      <Paragraphs text={props.question} quoted />
    </EmailLayout>
  )
}

EnquiryReply.PreviewProps = {
  name: 'Tom Ashworth',
  reference: 'Enquiry 42',
  topic: 'the Hollins Vale review',
  question: 'Does Chorus think the review is right to blame caseloads?',
  replyText: 'Yes. The review shows social workers held 28 children each; our position is that no one should hold more than 18.',
  officerName: 'Daniel Mensah',
} satisfies EnquiryReplyProps
