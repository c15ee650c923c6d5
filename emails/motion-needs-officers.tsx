import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import { dayIn } from './components/when.ts'
import previews from './previews.json'

export interface MotionNeedsOfficersProps {
  name: string
  title: string
  supporters: number
  respondBy: string
  motionUrl: string
}

export default function MotionNeedsOfficers({ t, locale, ...props }: MotionNeedsOfficersProps & Localised) {
  const respondBy = dayIn(locale, props.respondBy)
  return (
    <EmailLayout locale={locale} preview={t('A member motion needs an answer by {respondBy}', { respondBy })} reason={t('You are getting this because you are a Chorus officer.')}>
      <Text style={headingStyle}>{t('A member motion has the support it needs')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('“{title}” is seconded and supported by {supporters, plural, one {# member} other {# members}}. Officers must put it to a ballot or answer publicly why not, by {respondBy}.', {
          title: props.title,
          supporters: props.supporters,
          respondBy,
        })}
      </Text>
      <CallToAction href={props.motionUrl}>{t('Respond to the motion')}</CallToAction>
    </EmailLayout>
  )
}

MotionNeedsOfficers.PreviewProps = previews['motion-needs-officers'] as MotionNeedsOfficersProps
