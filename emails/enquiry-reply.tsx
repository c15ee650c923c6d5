import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { enquiryRefIn } from './components/reference.ts'
import previews from './previews.json'
import { Paragraphs } from './components/paragraphs.tsx'

export interface EnquiryReplyProps {
  name: string
  /** The enquiry's number; `reference` is the English reference older emails were queued with. */
  number?: number
  reference?: string
  topic: string
  question: string
  replyText: string
  /** Who answered; absent when that account is gone ("The press office"). */
  officerName?: string
}

export default function EnquiryReply({ t, locale, ...props }: EnquiryReplyProps & Localised) {
  return (
    <EmailLayout locale={locale} preview={t('Chorus press office: {topic}', { topic: props.topic })} reason={t('You are getting this because you sent a media enquiry to the Chorus press office.')}>
      <Text style={headingStyle}>{t('Our answer to your enquiry')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{t('This is the Chorus press office’s answer to your enquiry about {topic} ({reference}).', { topic: props.topic, reference: enquiryRefIn(t, props) })}</Text>
      <Paragraphs text={props.replyText} />
      <Text>{t('{officerName}, for the Chorus press office', { officerName: props.officerName ?? t('The press office') })}</Text>
      <Text>{t('You asked:')}</Text>
      <Paragraphs text={props.question} quoted />
    </EmailLayout>
  )
}

EnquiryReply.PreviewProps = previews['enquiry-reply'] as EnquiryReplyProps
