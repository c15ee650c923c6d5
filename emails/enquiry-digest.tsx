import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { EmailT, Localised } from './components/language.ts'
import { enquiryRefIn } from './components/reference.ts'
import { whenIn } from './components/when.ts'
import previews from './previews.json'

export interface EnquiryDigestItem {
  /** The enquiry's number, for a reference in the copy's language; `reference` is the English one. */
  number?: number
  reference?: string
  deadline: string
  topic: string
}

export interface EnquiryDigestProps {
  name: string
  /** How many arrived (older digests carry the count already written in English). */
  count: number | string
  enquiries: EnquiryDigestItem[]
  queueUrl: string
}

/** "2 new enquiries", in the copy's language. */
export const digestCount = (t: EmailT, count: number | string) => (typeof count === 'number' ? t('{count, plural, one {# new enquiry} other {# new enquiries}}', { count }) : count)

/** New media enquiries since the last digest, for officers: one email for many, never one each. */
export default function EnquiryDigest({ t, locale, ...props }: EnquiryDigestProps & Localised) {
  const count = digestCount(t, props.count)
  return (
    <EmailLayout locale={locale} preview={t('{count} in the press office queue', { count })} reason={t('You are getting this because you are a Chorus officer and answer media enquiries.')}>
      <Text style={headingStyle}>{t('New media enquiries')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{t('{count} arrived in the press office queue since the last summary, soonest deadline first:', { count })}</Text>
      {props.enquiries.map((e) => (
        <Text key={e.number ?? e.reference}>{t('{reference}, due {deadline}: {topic}', { reference: enquiryRefIn(t, e), deadline: whenIn(locale, e.deadline), topic: e.topic })}</Text>
      ))}
      <Button href={props.queueUrl} style={buttonStyle}>
        {t('Open the enquiry queue')}
      </Button>
      <Text>{t('Or go to: {url}', { url: props.queueUrl })}</Text>
    </EmailLayout>
  )
}

EnquiryDigest.PreviewProps = previews['enquiry-digest'] as EnquiryDigestProps
