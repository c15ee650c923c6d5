import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { dayIn } from './components/when.ts'
import previews from './previews.json'

export interface StatementReviewDueProps {
  name: string
  title: string
  reviewBy: string
  officerUrl: string
  statementUrl: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function StatementReviewDue({ t, locale, ...props }: StatementReviewDueProps & Localised) {
  const reviewBy = dayIn(locale, props.reviewBy)
  return (
    <EmailLayout locale={locale} preview={t('Review due by {reviewBy}: {title}', { reviewBy, title: props.title })} reason={t('You are getting this because you are a Chorus officer.')}>
      <Text style={headingStyle}>{t('A position statement is due for review')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('“{title}” is due to be reviewed by {reviewBy}. Start a review, reaffirm it, publish a new version with a change note, or replace it.', {
          title: props.title,
          reviewBy,
        })}
      </Text>
      <CallToAction href={props.officerUrl}>{t('Open the statement')}</CallToAction>
      <Text>{t('The public page: {url}', { url: props.statementUrl })}</Text>
    </EmailLayout>
  )
}

StatementReviewDue.PreviewProps = previews['statement-review-due'] as StatementReviewDueProps
