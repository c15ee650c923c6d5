import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface EnquiryDigestItem {
  reference: string
  deadline: string
  topic: string
}

export interface EnquiryDigestProps {
  name: string
  count: string
  enquiries: EnquiryDigestItem[]
  queueUrl: string
}

/** New media enquiries since the last digest, for officers: one email for many, never one each. */
export default function EnquiryDigest({ t, locale, ...props }: EnquiryDigestProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={t('{count} in the press office queue', { count: props.count })}
      reason={t('You are getting this because you are a Chorus officer and answer media enquiries.')}
    >
      <Text style={headingStyle}>{t('New media enquiries')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{t('{count} arrived in the press office queue since the last summary, soonest deadline first:', { count: props.count })}</Text>
      {props.enquiries.map((e) => (
        <Text key={e.reference}>{t('{reference}, due {deadline}: {topic}', { reference: e.reference, deadline: e.deadline, topic: e.topic })}</Text>
      ))}
      <Button href={props.queueUrl} style={buttonStyle}>
        {t('Open the enquiry queue')}
      </Button>
      <Text>{t('Or go to: {url}', { url: props.queueUrl })}</Text>
    </EmailLayout>
  )
}

EnquiryDigest.PreviewProps = previews['enquiry-digest'] as EnquiryDigestProps
