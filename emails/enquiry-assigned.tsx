import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { enquiryRefIn } from './components/reference.ts'
import { whenIn } from './components/when.ts'
import previews from './previews.json'
import { Paragraphs } from './components/paragraphs.tsx'

export interface EnquiryAssignedProps {
  name: string
  /** The enquiry's number: each copy writes its reference ("Enquiry 42") in its own language. */
  number?: number
  /** The reference already written in English, as emails queued before `number` carry it. */
  reference?: string
  enquirer: string
  contact: string
  deadline: string
  topic: string
  question: string
  /** Who asked; absent when that account is gone ("An officer"). */
  assignedBy?: string
  enquiryUrl: string
}

export default function EnquiryAssigned({ t, locale, ...props }: EnquiryAssignedProps & Localised) {
  const deadline = whenIn(locale, props.deadline)
  return (
    <EmailLayout locale={locale} preview={t('A media enquiry for you, due {deadline}', { deadline })} reason={t('You are getting this because a Chorus officer asked you to handle a media enquiry.')}>
      <Text style={headingStyle}>{t('A media enquiry for you')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('{assignedBy} has asked you to handle {reference} from {enquirer}, about {topic}. Their deadline is {deadline}.', {
          assignedBy: props.assignedBy ?? t('An officer'),
          reference: enquiryRefIn(t, props),
          enquirer: props.enquirer,
          topic: props.topic,
          deadline,
        })}
      </Text>
      <Paragraphs text={props.question} quoted />
      <Text>{t('Contact: {contact}', { contact: props.contact })}</Text>
      <Text>{t('Officers record the reply at: {enquiryUrl}', { enquiryUrl: props.enquiryUrl })}</Text>
    </EmailLayout>
  )
}

EnquiryAssigned.PreviewProps = previews['enquiry-assigned'] as EnquiryAssignedProps
