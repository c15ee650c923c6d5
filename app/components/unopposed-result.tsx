import { Link } from '@remix-run/react'
import { useT } from '~/i18n/react'

/** The result of an election whose valid nominations were no more than its seats: no ballot was held. */
export interface UnopposedResult {
  unopposed: true
  seats: number
  elected: string[]
}

export function isUnopposed(result: unknown): result is UnopposedResult {
  return typeof result === 'object' && result !== null && (result as { unopposed?: unknown }).unopposed === true
}

export function UnopposedOutcome(props: { id: string; title: string; counted: string; scope: string; result: UnopposedResult }) {
  const t = useT()
  const { result } = props
  return (
    <>
      <Link to="/ballots" className="back-link">
        {t('Ballots')}
      </Link>
      <span className="caption">{t('Result · declared {when}', { when: props.counted })}</span>
      <h1>{props.title}</h1>
      <p className="meta">{t('Who could vote: {scope}', { scope: props.scope })}</p>
      <div className="panel" role="status">
        <h2>{t('Elected unopposed')}</h2>
        <p>{t('There were no more valid nominations than seats, so no ballot was held: every validly nominated candidate is elected.')}</p>
        {result.elected.length ? (
          <ul data-testid="elected">
            {result.elected.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <p>{t('Nobody was validly nominated.')}</p>
        )}
        {result.elected.length < result.seats ? <p>{t('{count, plural, one {# seat remains} other {# seats remain}} unfilled.', { count: result.seats - result.elected.length })}</p> : null}
      </div>
      <ul>
        <li>
          <Link to={`/ballots/${props.id}/report`}>{t('Returning officer’s report')}</Link>
        </li>
        <li>
          <Link to={`/ballots/${props.id}/nominations`}>{t('Nominations and candidates’ statements')}</Link>
        </li>
      </ul>
    </>
  )
}
