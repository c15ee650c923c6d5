import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface BallotResultProps {
  name: string
  title: string
  resultsUrl: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function BallotResult({ t, locale, ...props }: BallotResultProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={t('Result: {title}', { title: props.title })}
      reason={t('You are getting this because you were on the electorate of this Chorus ballot.')}
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={headingStyle}>{t('The result is published: {title}', { title: props.title })}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{t('Voting has closed and the votes are counted. The full result, every stage of the count, and the anonymised papers for anyone to recount are on the results page.')}</Text>
      <CallToAction href={props.resultsUrl}>{t('See the result')}</CallToAction>
    </EmailLayout>
  )
}

BallotResult.PreviewProps = previews['ballot-result'] as BallotResultProps
