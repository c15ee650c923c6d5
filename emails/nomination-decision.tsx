import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface NominationDecisionProps {
  name: string
  election: string
  kind: 'valid' | 'rejected'
  reason: string
  nominationUrl: string
}

export default function NominationDecision({ t, locale, ...props }: NominationDecisionProps & Localised) {
  const heading = props.kind === 'valid' ? t('Your nomination in {election} is valid', { election: props.election }) : t('Your nomination in {election} was rejected', { election: props.election })
  return (
    <EmailLayout locale={locale} preview={heading} reason={t('You are getting this because you were nominated as a candidate in a Chorus election.')}>
      <Text style={headingStyle}>{heading}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {props.kind === 'valid'
          ? t('The returning officer has checked your nomination and it is valid. You will be a candidate when nominations close.')
          : t('The returning officer has checked your nomination and rejected it. They gave this reason:')}
      </Text>
      {props.reason ? <Text style={{ borderLeft: '4px solid #b1b4b6', paddingLeft: '12px' }}>{props.reason}</Text> : null}
      <Button href={props.nominationUrl} style={buttonStyle}>
        {t('See your nomination')}
      </Button>
    </EmailLayout>
  )
}

NominationDecision.PreviewProps = previews['nomination-decision'] as NominationDecisionProps
