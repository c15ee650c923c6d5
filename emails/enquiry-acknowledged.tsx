import { Text } from '@react-email/components'
import { EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface EnquiryAcknowledgedProps {
  name: string
  reference: string
}

/**
 * The receipt for an enquiry sent to an address its sender has not confirmed as theirs. Anyone
 * can type any address into the public form, so this carries nothing they typed: no name, topic
 * or question, only the press office's own words and the reference.
 */
export default function EnquiryAcknowledged({ t, locale, ...props }: EnquiryAcknowledgedProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={t('The Chorus press office received {reference}', { reference: props.reference })}
      reason={t('You are getting this because this address was given on the Chorus press office’s media enquiry form.')}
    >
      <Text style={headingStyle}>{t('We received a media enquiry')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t(
          'The Chorus press office received a media enquiry that gave this email address for the answer ({reference}). An officer will reply to this address, or say before the deadline given if we cannot help.',
          {
            reference: props.reference,
          },
        )}
      </Text>
      <Text>{t('If you did not send an enquiry to Chorus, someone else typed your address: you can ignore this email, and we will not write again unless an officer answers it.')}</Text>
    </EmailLayout>
  )
}

EnquiryAcknowledged.PreviewProps = previews['enquiry-acknowledged'] as EnquiryAcknowledgedProps
