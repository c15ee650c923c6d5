import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { StatementVersionError } from '~/components/statement-version-error'
import { getStatementVersion } from '~/domain/statements/officer.server'
import { getPublicStatement } from '~/domain/statements/statements.server'
import { compareWordings, parseVersionNumber } from '~/domain/statements/versions'
import { db } from '~/utils/db.server'

/** What changed between two versions of a statement: `?from=1&to=3`. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const s = await getPublicStatement(db, params.slug ?? '')
  if (!s) throw new Response('There is no published statement at this address.', { status: 404 })
  const query = new URL(request.url).searchParams
  const from = parseVersionNumber(query.get('from') ?? (s.version > 1 ? String(s.version - 1) : '1'))
  const to = parseVersionNumber(query.get('to') ?? String(s.version))
  if (from === null || to === null) throw new Response('Choose two versions by number, for example from version 1 to version 2.', { status: 400 })
  const [a, b] = await Promise.all([getStatementVersion(db, s.id, from), getStatementVersion(db, s.id, to)])
  const missing = [a ? null : from, b ? null : to].filter((n) => n !== null)
  if (missing.length) throw new Response(`This statement has no version ${missing[0]}. It has versions 1 to ${s.version}.`, { status: 404 })
  return {
    statement: { slug: s.slug, title: s.title, versions: Array.from({ length: s.version }, (_, i) => i + 1) },
    from: { n: from, changeNote: a!.changeNote },
    to: { n: to, changeNote: b!.changeNote },
    fields: from === to ? [] : compareWordings(a!, b!),
  }
}

function VersionSelect(props: { name: string; label: string; value: number; versions: number[] }) {
  return (
    <div className="form-group">
      <label className="label" htmlFor={`field-${props.name}`}>
        {props.label}
      </label>
      <select id={`field-${props.name}`} name={props.name} className="select" defaultValue={props.value}>
        {props.versions.map((n) => (
          <option key={n} value={n}>
            Version {n}
          </option>
        ))}
      </select>
    </div>
  )
}

export default function StatementDiffPage() {
  const { statement: s, from, to, fields } = useLoaderData<typeof loader>()
  return (
    <article className="statement">
      <Link to={`/statements/${s.slug}`} className="back-link">
        {s.title}
      </Link>
      <h1>
        Changes from version {from.n} to version {to.n}
      </h1>
      <Form method="get" className="filters">
        <div className="filters__row">
          <VersionSelect name="from" label="From" value={from.n} versions={s.versions} />
          <VersionSelect name="to" label="To" value={to.n} versions={s.versions} />
        </div>
        <button type="submit" className="button button--secondary">
          Compare
        </button>
      </Form>
      <p>
        Words added in version {to.n} are <ins>underlined</ins>; words taken out are <del>struck through</del>. Version {to.n}’s note: “{to.changeNote}”.{' '}
        <Link to={`/statements/${s.slug}/versions/${from.n}`}>Read version {from.n}</Link> · <Link to={`/statements/${s.slug}/versions/${to.n}`}>Read version {to.n}</Link>
      </p>
      {fields.length === 0 ? <p>These are the same version: choose two different ones.</p> : null}
      {fields.map((f) => (
        <section key={f.field} aria-labelledby={`diff-${f.field}`}>
          <h2 id={`diff-${f.field}`}>{f.label}</h2>
          {f.changed ? (
            <p className="diff">
              {f.parts.map((p, i) =>
                p.kind === 'added' ? (
                  <ins key={i}>
                    <span className="visually-hidden">[added: </span>
                    {p.text}
                    <span className="visually-hidden">]</span>
                  </ins>
                ) : p.kind === 'removed' ? (
                  <del key={i}>
                    <span className="visually-hidden">[removed: </span>
                    {p.text}
                    <span className="visually-hidden">]</span>
                  </del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </p>
          ) : (
            <p className="meta">No change.</p>
          )}
        </section>
      ))}
    </article>
  )
}

export const ErrorBoundary = StatementVersionError

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Changes to ${data.statement.title} — Chorus` : 'Versions cannot be compared — Chorus' }, { name: 'robots', content: 'noindex' }]
