import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import { Paragraphs } from './components/paragraphs.tsx'

export interface EnquiryNewProps {
  name: string
  reference: string
  enquirer: string
  deadline: string
  topic: string
  question: string
  requested: string
  enquiryUrl: string
}

export default function EnquiryNew(props: EnquiryNewProps) {
  return (
    <EmailLayout preview={`${props.enquirer} needs an answer by ${props.deadline}`} reason="You are getting this because you are a Chorus officer and answer media enquiries.">
      <Text style={headingStyle}>New media enquiry</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        {props.enquirer} asked about {props.topic} ({props.reference}). Their deadline is {props.deadline}.{props.requested ? ` They asked to speak to ${props.requested}.` : ''}
      </Text>
      <Paragraphs text={props.question} quoted />
      <Button href={props.enquiryUrl} style={buttonStyle}>
        Assign or answer the enquiry
      </Button>
      <Text>Or go to: {props.enquiryUrl}</Text>
    </EmailLayout>
  )
}

EnquiryNew.PreviewProps = {
  name: 'Daniel Mensah',
  reference: 'Enquiry 42',
  enquirer: 'Tom Ashworth (The Northern Record)',
  deadline: '16:00 GMT, Thursday 3 December 2026',
  topic: 'the Hollins Vale review',
  question: 'Does Chorus think the review is right to blame caseloads?',
  requested: 'Ruth Asante',
  enquiryUrl: 'https://chorus.example/officer/enquiries/6b1f1c52-0c3e-4b8e-9d3f-2f4d5e6a7b8c',
} satisfies EnquiryNewProps
