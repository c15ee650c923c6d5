import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'
import { Paragraphs } from './components/paragraphs.tsx'

export interface EnquiryAssignedProps {
  name: string
  reference: string
  enquirer: string
  contact: string
  deadline: string
  topic: string
  question: string
  assignedBy: string
  enquiryUrl: string
}

export default function EnquiryAssigned(props: EnquiryAssignedProps) {
  return (
    <EmailLayout preview={`A media enquiry for you, due ${props.deadline}`} reason="You are getting this because a Chorus officer asked you to handle a media enquiry.">
      <Text style={headingStyle}>A media enquiry for you</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        {props.assignedBy} has asked you to handle {props.reference} from {props.enquirer}, about {props.topic}. Their deadline is {props.deadline}.
      </Text>
      <Paragraphs text={props.question} quoted />
      <Text>Contact: {props.contact}</Text>
      <Text>Officers record the reply at: {props.enquiryUrl}</Text>
    </EmailLayout>
  )
}

EnquiryAssigned.PreviewProps = {
  name: 'Ruth Asante',
  reference: 'Enquiry 42',
  enquirer: 'Tom Ashworth (The Northern Record)',
  contact: 'tom.ashworth@example.com, 0161 496 0000',
  deadline: '16:00 GMT, Thursday 3 December 2026',
  topic: 'the Hollins Vale review',
  question: 'Does Chorus think the review is right to blame caseloads?',
  assignedBy: 'Daniel Mensah',
  enquiryUrl: 'https://chorus.example/officer/enquiries/6b1f1c52-0c3e-4b8e-9d3f-2f4d5e6a7b8c',
} satisfies EnquiryAssignedProps
