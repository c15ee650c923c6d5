import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { EmailT, Localised } from './components/language.ts'
import previews from './previews.json'

export interface PressAccountDecisionProps {
  name: string
  approved: boolean
  outlet: string
  /** The officer's reason, when declined. */
  reason: string
  /** Where to go next: choosing alert topics, or the press room. */
  nextUrl: string
}

/** The decision in a line, for the subject and the heading. */
export const decisionTitle = (t: EmailT, approved: boolean) => (approved ? t('Your Chorus press account is approved') : t('We could not approve your Chorus press account'))

export default function PressAccountDecision({ t, locale, ...props }: PressAccountDecisionProps & Localised) {
  const title = decisionTitle(t, props.approved)
  return (
    <EmailLayout locale={locale} preview={title} reason={t('You are getting this because you registered for a Chorus press account.')}>
      <Text style={headingStyle}>{title}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      {props.approved ? (
        <>
          <Text>
            {t('Your press account for {outlet} is approved. You can now read briefings under embargo, and we will alert you when the press office issues one.', {
              outlet: props.outlet,
            })}
          </Text>
          <Text>{t('Choose the topics you want alerts about:')}</Text>
          <Button href={props.nextUrl} style={buttonStyle}>
            {t('Choose your alert topics')}
          </Button>
        </>
      ) : (
        <>
          <Text>{t('We could not approve your press account for {outlet}. The press office said:', { outlet: props.outlet })}</Text>
          <Text style={{ borderLeft: '4px solid #b1b4b6', paddingLeft: '12px' }}>{props.reason}</Text>
          <Text>{t('Public briefings stay open to everyone in the press room: {url}', { url: props.nextUrl })}</Text>
        </>
      )}
    </EmailLayout>
  )
}

PressAccountDecision.PreviewProps = previews['press-account-decision'] as PressAccountDecisionProps
