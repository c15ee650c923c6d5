import { Form, Link } from '@remix-run/react'
import { Notice } from './panels.tsx'

/** The collective voice made visible: how many members stand behind a statement, by nation, and the reader's own part. */
export function StatementEndorse(props: { slug: string; count: number; byNation: { nation: string; n: number }[]; open: boolean; signedIn: boolean; endorsed: boolean; result?: { message: string; ok?: boolean } }) {
  const { count, byNation, open, signedIn, endorsed, result } = props
  return (
    <section aria-labelledby="endorse-heading" className="endorse">
      <h2 id="endorse-heading">
        {count} {count === 1 ? 'member stands' : 'members stand'} behind this
      </h2>
      {byNation.length ? (
        <ul className="meta">
          {byNation.map((n) => (
            <li key={n.nation}>
              {n.nation}: {n.n}
            </li>
          ))}
        </ul>
      ) : null}
      {result ? <Notice tone={result.ok === false ? 'warning' : 'success'}>{result.message}</Notice> : null}
      {!open ? null : !signedIn ? (
        <p>
          Members can endorse it: <Link to={`/login?redirectTo=${encodeURIComponent(`/statements/${props.slug}`)}`}>sign in</Link> to add your name to the count.
        </p>
      ) : endorsed ? (
        <Form method="post" className="button-group">
          <p>You stand behind this statement.</p>
          <button type="submit" name="intent" value="withdraw" className="link-button link-button--dark">
            Withdraw my endorsement
          </button>
        </Form>
      ) : (
        <Form method="post" className="button-group">
          <button type="submit" name="intent" value="endorse" className="button button--primary">
            I stand behind this
          </button>
        </Form>
      )}
    </section>
  )
}
