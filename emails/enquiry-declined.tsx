import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { enquiryRefIn } from './components/reference.ts'
import previews from './previews.json'
import { Paragraphs } from './components/paragraphs.tsx'

export interface EnquiryDeclinedProps {
  name: string
  /** The enquiry's number; `reference` is the English reference older emails were queued with. */
  number?: number
  reference?: string
  topic: string
  reason: string
  /** Who answered; absent when that account is gone ("The press office"). */
  officerName?: string
}

export default function EnquiryDeclined({ t, locale, ...props }: EnquiryDeclinedProps & Localised) {
  return (
    <EmailLayout locale={locale} preview={t('Chorus press office: {topic}', { topic: props.topic })} reason={t('You are getting this because you sent a media enquiry to the Chorus press office.')}>
      <Text style={headingStyle}>{t('We cannot help with this enquiry')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{t('Thank you for your enquiry about {topic} ({reference}). The press office cannot answer it, for this reason:', { topic: props.topic, reference: enquiryRefIn(t, props) })}</Text>
      <Paragraphs text={props.reason} quoted />
      <Text>{t('{officerName}, for the Chorus press office', { officerName: props.officerName ?? t('The press office') })}</Text>
    </EmailLayout>
  )
}

EnquiryDeclined.PreviewProps = previews['enquiry-declined'] as EnquiryDeclinedProps
