import { Link, Section, Text } from '@react-email/components'
import { CallToAction, EmailLayout, headingStyle } from './components/layout.tsx'
import type { Localised } from './components/language.ts'
import previews from './previews.json'
import { whenIn } from './components/when.ts'

export interface PollInvitationProps {
  name: string
  title: string
  pollUrl: string
  closes: string
  questionCount: number
  firstQuestion: {
    wording: string
    /** The agree–disagree scale's labels are Chorus's own words, translated here; officers' options are shown as written. */
    scale: boolean
    options: { label: string; url: string }[]
  }
  unsubscribeUrl?: string
  preferencesUrl?: string
}

const optionStyle = { margin: '8px 0', fontSize: '16px' }

export default function PollInvitation({ t, locale, ...props }: PollInvitationProps & Localised) {
  const q = props.firstQuestion
  return (
    <EmailLayout
      locale={locale}
      preview={t('Quick poll: {title}', { title: props.title })}
      reason={t('You are getting this because you are a Chorus member this poll was sent to.')}
      unsubscribeUrl={props.unsubscribeUrl}
      preferencesUrl={props.preferencesUrl}
    >
      <Text style={headingStyle}>{t('Quick poll: {title}', { title: props.title })}</Text>
      <Text>{t('Dear {name},', { name: props.name })}</Text>
      <Text>
        {t(
          'Chorus wants to know what social workers think. The poll has {count, plural, one {# question} other {# questions}} and closes at {closes}. Your answers are anonymous: Chorus records that you answered, never what.',
          {
            count: props.questionCount,
            closes: whenIn(locale, props.closes),
          },
        )}
      </Text>
      <Text>
        <strong>{q.wording}</strong>
      </Text>
      <Section>
        {q.options.map((o) => (
          <Text key={o.url} style={optionStyle}>
            <Link href={o.url}>{q.scale ? t(o.label) : o.label}</Link>
          </Text>
        ))}
      </Section>
      <Text>{t('Choosing an answer opens the poll on the Chorus website, where you check your answers and send them. Nothing is recorded until you do.')}</Text>
      <CallToAction href={props.pollUrl}>{t('Answer the poll')}</CallToAction>
    </EmailLayout>
  )
}

PollInvitation.PreviewProps = previews['poll-invitation'] as PollInvitationProps
