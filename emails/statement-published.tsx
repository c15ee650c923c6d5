import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'

export interface StatementPublishedProps {
  name: string
  title: string
  summary: string
  statementUrl: string
  adoptedBy: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function StatementPublished(props: StatementPublishedProps) {
  return (
    <EmailLayout preview={`New position statement: ${props.title}`} reason="You are getting this because you are a Chorus member and chose to hear about position statements." unsubscribeUrl={props.unsubscribeUrl} preferencesUrl={props.preferencesUrl}>
      <Text style={headingStyle}>{props.title}</Text>
      <Text>Dear {props.name},</Text>
      <Text>Chorus has adopted a new position statement, agreed by {props.adoptedBy}. In short:</Text>
      <Text>{props.summary}</Text>
      <Text>If you stand behind it, say so on its page: the number of members who do is shown to everyone who reads it.</Text>
      <CallToAction href={props.statementUrl}>Read the statement</CallToAction>
    </EmailLayout>
  )
}

StatementPublished.PreviewProps = {
  name: 'Amira Okafor',
  title: 'Safe caseloads for children’s social workers',
  summary: 'Chorus calls for a national limit of 18 children per social worker, phased in over three years and funded by central government.',
  statementUrl: 'https://chorus.example/statements/safe-caseloads-for-childrens-social-workers',
  adoptedBy: 'a vote of members',
  unsubscribeUrl: 'https://chorus.example/unsubscribe?token=preview',
  preferencesUrl: 'https://chorus.example/account#email',
} satisfies StatementPublishedProps
