import { Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'

export interface MembershipLapsedProps {
  name: string
  membershipNumber: string
  rejoinUrl: string
}

export default function MembershipLapsed({ t, locale, ...props }: MembershipLapsedProps & Localised) {
  return (
    <EmailLayout locale={locale} preview={t('Your Chorus membership has lapsed')} reason={t('You are getting this because your Chorus membership lapsed.')}>
      <Text style={headingStyle}>{t('Your membership has lapsed')}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t('We have not been able to take your dues, so membership {membershipNumber} has lapsed. You can no longer vote in Chorus ballots.', {
          membershipNumber: props.membershipNumber,
        })}
      </Text>
      <CallToAction href={props.rejoinUrl} linkText={t('Renew at:')}>
        {t('Renew your membership')}
      </CallToAction>
    </EmailLayout>
  )
}

MembershipLapsed.PreviewProps = previews['membership-lapsed'] as MembershipLapsedProps
