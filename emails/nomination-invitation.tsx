import { Button, Text } from '@react-email/components'
import { buttonStyle, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface NominationInvitationProps {
  name: string
  nominator: string
  election: string
  closes: string
  nominationUrl: string
}

export default function NominationInvitation({ t, locale, ...props }: NominationInvitationProps & Localised) {
  return (
    <EmailLayout
      locale={locale}
      preview={t('You have been nominated in {election}', { election: props.election })}
      reason={t('You are getting this because a member of Chorus nominated you as a candidate.')}
    >
      <Text style={headingStyle}>{t('You have been nominated in {election}', { election: props.election })}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('{nominator} has nominated you as a candidate. You stand only if you accept, before nominations close at {closes}. Once you accept you can write your statement and gather supporters.', {
          nominator: props.nominator,
          closes: props.closes,
        })}
      </Text>
      <Button href={props.nominationUrl} style={buttonStyle}>
        {t('See the nomination')}
      </Button>
    </EmailLayout>
  )
}

NominationInvitation.PreviewProps = previews['nomination-invitation'] as NominationInvitationProps
