import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import { translateIfMessage } from '../app/i18n/translate.ts'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface RegistrationRejectedProps {
  name: string
  regulatorName: string
  registrationNumber: string
  reason: string
  accountUrl: string
}

export default function RegistrationRejected({ t, locale, ...props }: RegistrationRejectedProps & Localised) {
  return (
    <EmailLayout locale={locale} preview={t('We could not verify your registration number')} reason={t('You are getting this because Chorus checked the registration number on your membership.')}>
      <Text style={headingStyle}>{t('We could not verify your registration number')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('We checked {registrationNumber} with {regulatorName} and could not verify it. The officer who checked it said:', {
          registrationNumber: props.registrationNumber,
          regulatorName: translateIfMessage(locale, props.regulatorName),
        })}
      </Text>
      <Text style={{ borderLeft: '4px solid #b1b4b6', paddingLeft: '12px' }}>{props.reason}</Text>
      <Text>{t('You remain a member, but you cannot vote until your registration is verified. Correct the number in your account.')}</Text>
      <Button href={props.accountUrl} style={buttonStyle}>
        {t('Correct your registration number')}
      </Button>
    </EmailLayout>
  )
}

RegistrationRejected.PreviewProps = previews['registration-rejected'] as RegistrationRejectedProps
