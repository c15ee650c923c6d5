import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { whenIn } from './components/when.ts'
import previews from './previews.json'
import { Paragraphs } from './components/paragraphs.tsx'

export interface EnquiryReceivedProps {
  name: string
  reference: string
  topic: string
  deadline: string
  question: string
}

export default function EnquiryReceived({ t, locale, ...props }: EnquiryReceivedProps & Localised) {
  const deadline = whenIn(locale, props.deadline)
  return (
    <EmailLayout
      locale={locale}
      preview={t('We have your enquiry and your deadline of {deadline}', { deadline })}
      reason={t('You are getting this because you sent a media enquiry to the Chorus press office.')}
    >
      <Text style={headingStyle}>{t('We have your enquiry')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t(
          'Thank you. The press office has your enquiry about {topic} ({reference}) and your deadline of {deadline}. An officer will reply to this address; if we cannot help, we will say so before your deadline.',
          {
            topic: props.topic,
            reference: props.reference,
            deadline,
          },
        )}
      </Text>
      <Text>{t('You asked:')}</Text>
      <Paragraphs text={props.question} quoted />
    </EmailLayout>
  )
}

EnquiryReceived.PreviewProps = previews['enquiry-received'] as EnquiryReceivedProps
