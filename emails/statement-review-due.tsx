import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface StatementReviewDueProps {
  name: string
  title: string
  reviewBy: string
  officerUrl: string
  statementUrl: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function StatementReviewDue(props: StatementReviewDueProps) {
  return (
    <EmailLayout preview={`Review due by ${props.reviewBy}: ${props.title}`} reason="You are getting this because you are a Chorus officer.">
      <Text style={headingStyle}>A position statement is due for review</Text>
      <Text>Dear {props.name},</Text>
      <Text>
        “{props.title}” is due to be reviewed by {props.reviewBy}. Start a review, reaffirm it, publish a new version with a
        change note, or replace it.
      </Text>
      <CallToAction href={props.officerUrl}>Open the statement</CallToAction>
      <Text>The public page: {props.statementUrl}</Text>
    </EmailLayout>
  )
}

StatementReviewDue.PreviewProps = {
  name: 'Priya Natarajan',
  title: 'Safe caseloads for children’s social workers',
  reviewBy: '31 December 2026',
  officerUrl: 'https://chorus.example/officer/statements/6b1f1c52-0c3e-4b8e-9d3f-2f4d5e6a7b8c',
  statementUrl: 'https://chorus.example/statements/safe-caseloads-for-childrens-social-workers',
} satisfies StatementReviewDueProps
