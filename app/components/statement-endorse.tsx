import { Form, Link } from '@remix-run/react'
import { ReplySummary, type FormReply } from './forms.tsx'
import { formatNumber } from '~/i18n/format.ts'
import { T, useLocale, useT } from '~/i18n/react.tsx'

/** The collective voice made visible: how many members stand behind a statement, by nation, and the reader's own part. */
export function StatementEndorse(props: { slug: string; count: number; byNation: { nation: string; n: number }[]; open: boolean; signedIn: boolean; endorsed: boolean; result?: FormReply }) {
  const { count, byNation, open, signedIn, endorsed, result } = props
  const t = useT()
  const locale = useLocale()
  return (
    <section aria-labelledby="endorse-heading" className="endorse">
      <h2 id="endorse-heading">{t('{count, plural, one {# member stands} other {# members stand}} behind this', { count })}</h2>
      {byNation.length ? (
        <ul className="meta">
          {byNation.map((n) => (
            <li key={n.nation}>
              {n.nation}: {formatNumber(locale, n.n)}
            </li>
          ))}
        </ul>
      ) : null}
      {result ? <ReplySummary result={result} /> : null}
      {!open ? null : !signedIn ? (
        <p>
          <T
            message="Members can endorse it: <signin>sign in</signin> to add your name to the count."
            values={{ signin: (text: string) => <Link to={`/login?redirectTo=${encodeURIComponent(`/statements/${props.slug}`)}`}>{text}</Link> }}
          />
        </p>
      ) : endorsed ? (
        <Form method="post" className="button-group">
          <p>{t('You stand behind this statement.')}</p>
          <button type="submit" name="intent" value="withdraw" className="link-button link-button--dark">
            {t('Withdraw my endorsement')}
          </button>
        </Form>
      ) : (
        <Form method="post" className="button-group">
          <button type="submit" name="intent" value="endorse" className="button button--primary">
            {t('I stand behind this')}
          </button>
        </Form>
      )}
    </section>
  )
}
