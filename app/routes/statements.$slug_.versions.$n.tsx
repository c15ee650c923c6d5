import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { StatementText } from '~/components/statement-text'
import { StatementVersionError } from '~/components/statement-version-error'
import { storedHtml } from '~/domain/statements/stored-html'
import { getStatementVersion } from '~/domain/statements/officer.server'
import { getPublicStatement } from '~/domain/statements/statements.server'
import { STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { parseVersionNumber } from '~/domain/statements/versions'
import { db } from '~/utils/db.server'
import { siteOrigin } from '~/utils/request.server'

/** A permanent link to one wording of a statement: it never changes once published. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const s = await getPublicStatement(db, params.slug ?? '')
  if (!s) throw new Response('There is no published statement at this address.', { status: 404 })
  const n = parseVersionNumber(params.n)
  if (n === null) throw new Response(`“${params.n}” is not a version number. Versions are numbered 1, 2, 3 and so on.`, { status: 400 })
  const v = await getStatementVersion(db, s.id, n)
  if (!v) throw new Response(`This statement has no version ${n}. Its latest is version ${s.version}.`, { status: 404 })
  return {
    url: `${siteOrigin(request)}/statements/${s.slug}/versions/${n}`,
    statement: { slug: s.slug, current: s.version, statusLabel: STATEMENT_STATUS_LABELS[s.status] },
    version: { n: v.version, title: v.title, summary: v.summary, html: storedHtml(v), changeNote: v.changeNote, date: v.createdAt.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' }) },
  }
}

export default function StatementVersionPage() {
  const { statement: s, version: v, url } = useLoaderData<typeof loader>()
  const latest = v.n === s.current
  return (
    <article className="statement">
      <span className="caption">
        Position statement · version {v.n} of {s.current}
      </span>
      <h1>{v.title}</h1>
      {latest ? (
        <p className="inset-text">
          This is the current version. <Link to={`/statements/${s.slug}`}>Go to the statement’s page</Link> for its adoption record and endorsements.
        </p>
      ) : (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>This is not the current version.</strong> It is version {v.n}; the statement is now at version {s.current} ({s.statusLabel.toLowerCase()}).{' '}
            <Link to={`/statements/${s.slug}`}>Read the current version</Link> or <Link to={`/statements/${s.slug}/diff?from=${v.n}&to=${s.current}`}>see what has changed since</Link>.
          </p>
        </div>
      )}
      <p className="meta">
        Version {v.n}, {v.date}: {v.changeNote}
      </p>
      <StatementText summary={v.summary} html={v.html} />
      <p className="meta cite">
        Permanent link to this version: <a href={url}>{url}</a>
      </p>
    </article>
  )
}

export const ErrorBoundary = StatementVersionError

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: `${data.version.title} (version ${data.version.n}) — Chorus` }, { name: 'description', content: data.version.summary }, { tagName: 'link', rel: 'canonical', href: data.url }] : [{ title: 'Version not found — Chorus' }])
