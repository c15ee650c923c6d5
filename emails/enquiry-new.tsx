import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { whenIn } from './components/when.ts'
import previews from './previews.json'
import { Paragraphs } from './components/paragraphs.tsx'

export interface EnquiryNewProps {
  name: string
  reference: string
  enquirer: string
  deadline: string
  topic: string
  question: string
  requested: string
  enquiryUrl: string
}

export default function EnquiryNew({ t, locale, ...props }: EnquiryNewProps & Localised) {
  const deadline = whenIn(locale, props.deadline)
  return (
    <EmailLayout
      locale={locale}
      preview={t('{enquirer} needs an answer by {deadline}', { enquirer: props.enquirer, deadline })}
      reason={t('You are getting this because you are a Chorus officer and answer media enquiries.')}
    >
      <Text style={headingStyle}>{t('New media enquiry')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('{enquirer} asked about {topic} ({reference}). Their deadline is {deadline}.', {
          enquirer: props.enquirer,
          topic: props.topic,
          reference: props.reference,
          deadline,
        })}
        {props.requested ? ` ${t('They asked to speak to {requested}.', { requested: props.requested })}` : ''}
      </Text>
      <Paragraphs text={props.question} quoted />
      <Button href={props.enquiryUrl} style={buttonStyle}>
        {t('Assign or answer the enquiry')}
      </Button>
      <Text>{t('Or go to: {url}', { url: props.enquiryUrl })}</Text>
    </EmailLayout>
  )
}

EnquiryNew.PreviewProps = previews['enquiry-new'] as EnquiryNewProps
