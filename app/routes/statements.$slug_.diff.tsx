import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { StatementVersionError } from '~/components/statement-version-error'
import { getStatementVersion } from '~/domain/statements/officer.server'
import { getPublicStatement } from '~/domain/statements/statements.server'
import { compareWordings, parseVersionNumber } from '~/domain/statements/versions'
import { metaT } from '~/i18n/meta'
import { T, useShowText, useT } from '~/i18n/react'
import { translatorFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'

/** The labels of the two version lists (in Welsh, “O fersiwn” / “I fersiwn”). */
const VERSION_END = msg('{end, select, from {From} other {To}}')

/** What changed between two versions of a statement: `?from=1&to=3`. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const t = translatorFor(request)
  const s = await getPublicStatement(db, params.slug ?? '')
  if (!s) throw new Response(t('There is no published statement at this address.'), { status: 404 })
  const query = new URL(request.url).searchParams
  const from = parseVersionNumber(query.get('from') ?? (s.version > 1 ? String(s.version - 1) : '1'))
  const to = parseVersionNumber(query.get('to') ?? String(s.version))
  if (from === null || to === null) throw new Response(t('Choose two versions by number, for example from version 1 to version 2.'), { status: 400 })
  const [a, b] = await Promise.all([getStatementVersion(db, s.id, from), getStatementVersion(db, s.id, to)])
  const missing = [a ? null : from, b ? null : to].filter((n) => n !== null)
  if (missing.length) throw new Response(t('This statement has no version {missing}. It has versions 1 to {latest}.', { missing: missing[0], latest: s.version }), { status: 404 })
  return {
    statement: { slug: s.slug, title: s.title, versions: Array.from({ length: s.version }, (_, i) => i + 1) },
    from: { n: from, changeNote: a!.changeNote },
    to: { n: to, changeNote: b!.changeNote },
    fields: from === to ? [] : compareWordings(a!, b!),
  }
}

function VersionSelect(props: { name: string; label: string; value: number; versions: number[] }) {
  const t = useT()
  return (
    <div className="form-group">
      <label className="label" htmlFor={`field-${props.name}`}>
        {props.label}
      </label>
      <select id={`field-${props.name}`} name={props.name} className="select" defaultValue={props.value}>
        {props.versions.map((n) => (
          <option key={n} value={n}>
            {t('Version {version}', { version: n })}
          </option>
        ))}
      </select>
    </div>
  )
}

export default function StatementDiffPage() {
  const { statement: s, from, to, fields } = useLoaderData<typeof loader>()
  const t = useT()
  const note = useShowText()
  return (
    <article className="statement">
      <Link to={`/statements/${s.slug}`} className="back-link">
        {s.title}
      </Link>
      <h1>{t('Changes from version {from} to version {to}', { from: from.n, to: to.n })}</h1>
      <Form method="get" className="filters">
        <div className="filters__row">
          <VersionSelect name="from" label={t(VERSION_END, { end: 'from' })} value={from.n} versions={s.versions} />
          <VersionSelect name="to" label={t(VERSION_END, { end: 'to' })} value={to.n} versions={s.versions} />
        </div>
        <button type="submit" className="button button--secondary">
          {t('Compare')}
        </button>
      </Form>
      <p>
        <T
          message="Words added in version {to} are <ins>underlined</ins>; words taken out are <del>struck through</del>. Version {to}’s note: “{note}”."
          values={{ to: to.n, note: note(to.changeNote), ins: (text: string) => <ins>{text}</ins>, del: (text: string) => <del>{text}</del> }}
        />{' '}
        <Link to={`/statements/${s.slug}/versions/${from.n}`}>{t('Read version {version}', { version: from.n })}</Link> ·{' '}
        <Link to={`/statements/${s.slug}/versions/${to.n}`}>{t('Read version {version}', { version: to.n })}</Link>
      </p>
      {fields.length === 0 ? <p>{t('These are the same version: choose two different ones.')}</p> : null}
      {fields.map((f) => (
        <section key={f.field} aria-labelledby={`diff-${f.field}`}>
          <h2 id={`diff-${f.field}`}>{t(f.label)}</h2>
          {f.changed ? (
            <p className="diff">
              {f.parts.map((p, i) =>
                p.kind === 'added' ? (
                  <ins key={i}>
                    <span className="visually-hidden">{`[${t('added:')} `}</span>
                    {p.text}
                    <span className="visually-hidden">]</span>
                  </ins>
                ) : p.kind === 'removed' ? (
                  <del key={i}>
                    <span className="visually-hidden">{`[${t('removed:')} `}</span>
                    {p.text}
                    <span className="visually-hidden">]</span>
                  </del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </p>
          ) : (
            <p className="meta">{t('No change.')}</p>
          )}
        </section>
      ))}
    </article>
  )
}

export const ErrorBoundary = StatementVersionError

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  const { data } = args
  return [{ title: data ? t('Changes to {title} — Chorus', { title: data.statement.title }) : t('Versions cannot be compared — Chorus') }, { name: 'robots', content: 'noindex' }]
}
