import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface HustingsQuestionProps {
  name: string
  election: string
  question: string
  wordLimit: number
  answerUrl: string
}

/** To each candidate when the moderator approves a hustings question. */
export default function HustingsQuestion({ t, locale, ...props }: HustingsQuestionProps & Localised) {
  const heading = t('A hustings question for the candidates in {election}', { election: props.election })
  return (
    <EmailLayout locale={locale} preview={heading} reason={t('You are getting this because you are a candidate in a Chorus election.')}>
      <Text style={headingStyle}>{heading}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t(
          'The returning officer has approved this question from a member. Every candidate may answer it once, in up to {count, plural, one {# word} other {# words}}; members see all the answers side by side.',
          { count: props.wordLimit },
        )}
      </Text>
      <Text style={{ borderLeft: '4px solid #b1b4b6', paddingLeft: '12px' }}>{props.question}</Text>
      <Button href={props.answerUrl} style={buttonStyle}>
        {t('Answer the question')}
      </Button>
    </EmailLayout>
  )
}

HustingsQuestion.PreviewProps = previews['hustings-question'] as HustingsQuestionProps
