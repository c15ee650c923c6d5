import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'

/** What changed after the briefing reached the journalist. */
export type FollowUpKind = 'withdrawn' | 'moved' | 'corrected'

export interface PressFollowUpProps {
  name: string
  kind: FollowUpKind
  headline: string
  briefingUrl: string
  /** True while the text this person holds is still under embargo. */
  embargoed: boolean
  /** Withdrawn: the notice readers now see in place of the briefing. */
  notice?: string
  /** Moved: the new lift time, written for people. */
  movedTo?: string
  /** Moved, or corrected under embargo: the embargo line as press offices write it. */
  embargoNotice?: string
  /** Corrected: when the version it replaces was sent, written for people. */
  replacesSentAt?: string
  correctionNote?: string
  /** Corrected: the corrected text in full, so nobody works from the old copy. */
  standfirst?: string
  keyLines?: string[]
  keyFacts?: string[]
  quotes?: { text: string; name: string; role: string }[]
  notesToEditors?: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

/** The line that matters, first in the subject and first in the email. */
export function followUpTitle(p: Pick<PressFollowUpProps, 'kind' | 'embargoed' | 'movedTo' | 'replacesSentAt'>) {
  if (p.kind === 'withdrawn') return p.embargoed ? 'EMBARGOED RELEASE WITHDRAWN — do not publish' : 'RELEASE WITHDRAWN — do not publish'
  if (p.kind === 'moved') return `EMBARGO MOVED to ${p.movedTo}`
  return `CORRECTED — replaces the version sent at ${p.replacesSentAt}`
}

const banner = { fontSize: '16px', fontWeight: 700, color: '#ffffff', backgroundColor: '#a4200e', padding: '8px 12px', margin: '12px 0 0' }
const label = { fontSize: '14px', fontWeight: 700, textTransform: 'uppercase' as const, letterSpacing: '0.05em', margin: '16px 0 0' }

export default function PressFollowUp(props: PressFollowUpProps) {
  const title = followUpTitle(props)
  return (
    <EmailLayout
      preview={`${title}: ${props.headline}`}
      reason="You are getting this because Chorus sent you this briefing, and you need to know it has changed."
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={banner}>{title}</Text>
      <Text style={headingStyle}>{props.headline}</Text>
      <Text>Dear {props.name},</Text>
      {props.kind === 'withdrawn' ? (
        <>
          <Text>
            {props.embargoed
              ? 'The press office has withdrawn this embargoed briefing. Do not publish, broadcast or use any of it, at the embargo time or later.'
              : 'The press office has withdrawn this briefing. Please remove it or mark it as withdrawn wherever you used it.'}
          </Text>
          {props.notice ? <Text>{props.notice}</Text> : null}
        </>
      ) : null}
      {props.kind === 'moved' ? (
        <>
          <Text>The embargo on this briefing now lifts at {props.movedTo}. Nothing in it may be published, broadcast or used online before then.</Text>
          {props.embargoNotice ? <Text style={{ fontWeight: 700 }}>{props.embargoNotice}</Text> : null}
        </>
      ) : null}
      {props.kind === 'corrected' ? (
        <>
          <Text>This corrected version replaces the version sent at {props.replacesSentAt}. Use this text, not the earlier one.</Text>
          {props.embargoNotice ? <Text style={{ fontWeight: 700 }}>{props.embargoNotice}. Not for publication, broadcast or online use before then.</Text> : null}
          {props.correctionNote ? (
            <>
              <Text style={label}>What was corrected</Text>
              <Text>{props.correctionNote}</Text>
            </>
          ) : null}
          {props.standfirst ? <Text style={{ fontWeight: 700 }}>{props.standfirst}</Text> : null}
          {props.keyLines?.length ? (
            <>
              <Text style={label}>Key lines</Text>
              {props.keyLines.map((line, i) => (
                <Text key={i}>{line}</Text>
              ))}
            </>
          ) : null}
          {props.keyFacts?.length ? (
            <>
              <Text style={label}>Key facts</Text>
              {props.keyFacts.map((fact, i) => (
                <Text key={i}>• {fact}</Text>
              ))}
            </>
          ) : null}
          {props.quotes?.map((q, i) => (
            <Text key={i}>
              “{q.text}” — {q.name}
              {q.role ? `, ${q.role}` : ''}
            </Text>
          ))}
          {props.notesToEditors ? (
            <>
              <Text style={label}>Notes to editors</Text>
              <Text>{props.notesToEditors}</Text>
            </>
          ) : null}
        </>
      ) : null}
      <Button href={props.briefingUrl} style={buttonStyle}>
        {props.kind === 'withdrawn' ? 'See the withdrawal notice' : 'Read the briefing as it stands'}
      </Button>
      <Text>The briefing as it stands now: {props.briefingUrl}</Text>
    </EmailLayout>
  )
}

PressFollowUp.PreviewProps = {
  name: 'Tom Ashworth',
  kind: 'corrected',
  headline: 'Chorus responds to the Northfield safeguarding review',
  briefingUrl: 'https://chorus.example/press/northfield-review-response',
  embargoed: true,
  embargoNotice: 'EMBARGOED UNTIL 00:01 GMT, Tuesday 1 December 2026',
  replacesSentAt: '30 November 2026, 09:30',
  correctionNote: 'The caseload figure is 28 children per social worker, not 32.',
  standfirst: 'The review finds caseloads of up to 28 children per social worker. Chorus calls for a national caseload limit.',
  keyLines: ['Our response', 'Caseloads are too high.'],
  keyFacts: ['Caseloads of up to 28 children'],
  quotes: [{ text: 'No child is safe when their social worker holds 28 cases.', name: 'Priya Raman', role: 'Chair of Chorus' }],
  notesToEditors: 'Chorus is the national professional body for social workers.',
} satisfies PressFollowUpProps
