import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import { translateIfMessage } from '../app/i18n/translate.ts'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface StatementPublishedProps {
  name: string
  title: string
  summary: string
  statementUrl: string
  adoptedBy: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function StatementPublished({ t, locale, ...props }: StatementPublishedProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={t('New position statement: {title}', { title: props.title })}
      reason={t('You are getting this because you are a Chorus member and chose to hear about position statements.')}
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={headingStyle}>{props.title}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{t('Chorus has adopted a new position statement, agreed by {adoptedBy}. In short:', { adoptedBy: translateIfMessage(locale, props.adoptedBy) })}</Text>
      <Text>{props.summary}</Text>
      <Text>{t('If you stand behind it, say so on its page: the number of members who do is shown to everyone who reads it.')}</Text>
      <CallToAction href={props.statementUrl}>{t('Read the statement')}</CallToAction>
    </EmailLayout>
  )
}

StatementPublished.PreviewProps = previews['statement-published'] as StatementPublishedProps
