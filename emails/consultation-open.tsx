import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface ConsultationOpenProps {
  name: string
  title: string
  summary: string
  consultationUrl: string
  closes: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function ConsultationOpen(props: ConsultationOpenProps) {
  return (
    <EmailLayout preview={`Have your say: ${props.title}`} reason="You are getting this because you are a Chorus member and chose to hear about consultations." unsubscribeUrl={props.unsubscribeUrl} preferencesUrl={props.preferencesUrl}>
      <Text style={headingStyle}>Have your say: {props.title}</Text>
      <Text>Dear {props.name},</Text>
      <Text>Officers have drafted a position statement and want members’ views before it is adopted. In short:</Text>
      <Text>{props.summary}</Text>
      <Text>Any member can comment, whether or not you can vote. The consultation closes {props.closes}.</Text>
      <CallToAction href={props.consultationUrl}>Read the draft and comment</CallToAction>
    </EmailLayout>
  )
}

ConsultationOpen.PreviewProps = {
  name: 'Amira Okafor',
  title: 'Supervision time in every social work contract',
  summary: 'Chorus proposes that every social worker gets at least one and a half hours of reflective supervision a fortnight, written into their contract.',
  consultationUrl: 'https://chorus.example/statements/supervision-time-in-every-contract/consultation',
  closes: '17:00 GMT, Monday 14 December 2026',
  unsubscribeUrl: 'https://chorus.example/unsubscribe?token=preview',
  preferencesUrl: 'https://chorus.example/account#email',
} satisfies ConsultationOpenProps
