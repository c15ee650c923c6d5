import { Link } from '@remix-run/react'
import { useT } from '~/i18n/react'

/** Why someone cannot answer a poll, and what they can do instead. */
export function PollStanding(props: { pollId: string; status: string; open: boolean; signedIn: boolean; inAudience: boolean; responded: boolean; returnTo: string }) {
  const t = useT()
  if (props.status === 'published') {
    return (
      <p>
        {t('This poll has closed.')} <Link to={`/polls/${props.pollId}/results`}>{t('See the results')}</Link>
      </p>
    )
  }
  if (!props.open) return <p role="status">{t('This poll has closed. Its results appear here once officers publish them.')}</p>
  if (!props.signedIn) {
    return (
      <p>
        <Link to={`/login?redirectTo=${encodeURIComponent(props.returnTo)}`}>{t('Sign in to answer')}</Link>
      </p>
    )
  }
  if (props.responded) {
    return (
      <p role="status">
        <strong>{t('You have answered this poll.')}</strong> {t('Thank you. Each member answers once, and answers cannot be changed.')}
      </p>
    )
  }
  return (
    <div className="inset-text" role="status">
      <strong>{t('This poll is not for you.')}</strong> {t('It was sent to a chosen group of members, fixed when it opened.')}
    </div>
  )
}
