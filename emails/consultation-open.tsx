import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { whenIn } from './components/when.ts'
import previews from './previews.json'

export interface ConsultationOpenProps {
  name: string
  title: string
  summary: string
  consultationUrl: string
  closes: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export default function ConsultationOpen({ t, locale, ...props }: ConsultationOpenProps & Localised) {
  const closes = whenIn(locale, props.closes)
  return (
    <EmailLayout
      locale={locale}
      preview={t('Have your say: {title}', { title: props.title })}
      reason={t('You are getting this because you are a Chorus member and chose to hear about consultations.')}
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={headingStyle}>{t('Have your say: {title}', { title: props.title })}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{t('Officers have drafted a position statement and want members’ views before it is adopted. In short:')}</Text>
      <Text>{props.summary}</Text>
      <Text>{t('Any member can comment, whether or not you can vote. The consultation closes {closes}.', { closes })}</Text>
      <CallToAction href={props.consultationUrl}>{t('Read the draft and comment')}</CallToAction>
    </EmailLayout>
  )
}

ConsultationOpen.PreviewProps = previews['consultation-open'] as ConsultationOpenProps
