import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'

export interface EnquiryDigestItem {
  reference: string
  deadline: string
  topic: string
}

export interface EnquiryDigestProps {
  name: string
  count: string
  enquiries: EnquiryDigestItem[]
  queueUrl: string
}

/** New media enquiries since the last digest, for officers: one email for many, never one each. */
export default function EnquiryDigest(props: EnquiryDigestProps) {
  return (
    <EmailLayout preview={`${props.count} in the press office queue`} reason="You are getting this because you are a Chorus officer and answer media enquiries.">
      <Text style={headingStyle}>New media enquiries</Text>
      <Text>Dear {props.name},</Text>
      <Text>{props.count} arrived in the press office queue since the last summary, soonest deadline first:</Text>
      {props.enquiries.map((e) => (
        <Text key={e.reference}>
          {e.reference}, due {e.deadline}: {e.topic}
        </Text>
      ))}
      <Button href={props.queueUrl} style={buttonStyle}>
        Open the enquiry queue
      </Button>
      <Text>Or go to: {props.queueUrl}</Text>
    </EmailLayout>
  )
}

EnquiryDigest.PreviewProps = {
  name: 'Daniel Mensah',
  count: '2 new enquiries',
  enquiries: [
    { reference: 'Enquiry 42', deadline: '16:00 GMT, Thursday 3 December 2026', topic: 'the Hollins Vale review' },
    { reference: 'Enquiry 43', deadline: '09:00 GMT, Friday 4 December 2026', topic: 'agency staff in Wales' },
  ],
  queueUrl: 'https://chorus.example/officer/enquiries',
} satisfies EnquiryDigestProps
