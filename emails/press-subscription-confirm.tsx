import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface PressSubscriptionConfirmProps {
  name: string
  confirmUrl: string
}

export default function PressSubscriptionConfirm({ t, locale, ...props }: PressSubscriptionConfirmProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={t('Confirm you want Chorus press briefings by email')}
      reason={t('You are getting this because someone asked for Chorus press briefings at this address. If it was not you, ignore this email and nothing more will be sent.')}
    >
      <Text style={headingStyle}>{t('Confirm you want Chorus press briefings')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>{t('Press the button to start getting public press briefings from Chorus by email. Every briefing has a link to stop them.')}</Text>
      <Button href={props.confirmUrl} style={buttonStyle}>
        {t('Confirm')}
      </Button>
    </EmailLayout>
  )
}

PressSubscriptionConfirm.PreviewProps = previews['press-subscription-confirm'] as PressSubscriptionConfirmProps
