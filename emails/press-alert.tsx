import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'

export interface PressAlertProps {
  name: string
  headline: string
  summary: string
  briefingUrl: string
  /** When the briefing was issued, already written for people (e.g. "09:30 GMT, Wednesday 25 November 2026"). */
  issuedAt: string
  /** Present when the briefing is under embargo, e.g. "EMBARGOED UNTIL 00:01 GMT, Tuesday 1 December 2026". */
  embargoNotice?: string
  /** The briefing's notes to editors, after the "ENDS" line as press offices send them. */
  notesToEditors?: string
  /** Who it goes to: approved journalists, or people who subscribed to public briefings. */
  audience?: 'journalists' | 'subscribers'
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function PressAlert(props: PressAlertProps) {
  return (
    <EmailLayout
      preview={props.summary}
      reason={
        props.audience === 'subscribers'
          ? 'You are getting this because you asked for Chorus press briefings by email.'
          : 'You are getting this because you subscribed to Chorus press alerts with your press account.'
      }
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={{ fontSize: '14px', fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.05em', margin: '16px 0 0' }}>
        Chorus press briefing · {props.issuedAt}
      </Text>
      {props.embargoNotice ? (
        <Text style={{ fontSize: '16px', fontWeight: 700, color: '#ffffff', backgroundColor: '#a4200e', padding: '8px 12px', margin: '12px 0 0' }}>
          {props.embargoNotice}. Not for publication, broadcast or online use before then.
        </Text>
      ) : null}
      <Text style={headingStyle}>{props.headline}</Text>
      <Text>Dear {props.name},</Text>
      <Text>{props.summary}</Text>
      <Button href={props.briefingUrl} style={buttonStyle}>
        Read the full briefing
      </Button>
      <Text>Press office contacts and on-the-record quotes are in the briefing: {props.briefingUrl}</Text>
      <Text style={{ fontWeight: 700 }}>ENDS</Text>
      {props.notesToEditors ? (
        <>
          <Text style={{ fontWeight: 700, margin: '16px 0 0' }}>Notes to editors</Text>
          {props.notesToEditors.split(/\n{2,}/).map((p) => (
            <Text key={p}>{p}</Text>
          ))}
        </>
      ) : null}
    </EmailLayout>
  )
}

PressAlert.PreviewProps = {
  name: 'Tom Ashworth',
  headline: 'Chorus responds to the Northfield safeguarding review',
  summary:
    'The review of services in the fictional borough of Northfield finds caseloads of up to 32 children per social worker. Chorus calls for a national caseload limit.',
  briefingUrl: 'https://chorus.example/press/northfield-review-response',
  issuedAt: '09:30 GMT, Wednesday 25 November 2026',
  notesToEditors: 'Chorus is the professional body for social workers in the four UK nations.',
  unsubscribeUrl: 'https://chorus.example/unsubscribe?token=preview',
  preferencesUrl: 'https://chorus.example/account#email',
} satisfies PressAlertProps
