import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface MotionNeedsOfficersProps {
  name: string
  title: string
  supporters: number
  respondBy: string
  motionUrl: string
}

export default function MotionNeedsOfficers(props: MotionNeedsOfficersProps) {
  return (
    <EmailLayout preview={`A member motion needs an answer by ${props.respondBy}`} reason="You are getting this because you are a Chorus officer.">
      <Text style={headingStyle}>A member motion has the support it needs</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        “{props.title}” is seconded and supported by {props.supporters} members. Officers must put it to a ballot or answer publicly why not, by {props.respondBy}.
      </Text>
      <CallToAction href={props.motionUrl}>
        Respond to the motion
      </CallToAction>
    </EmailLayout>
  )
}

MotionNeedsOfficers.PreviewProps = {
  name: 'Daniel Mensah',
  title: 'Protected supervision time in every contract',
  supporters: 18,
  respondBy: '23 December 2026',
  motionUrl: 'https://chorus.example/motions/6b1f1c52-0c3e-4b8e-9d3f-2f4d5e6a7b8c',
} satisfies MotionNeedsOfficersProps
