import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { StatementText } from '~/components/statement-text'
import { StatementVersionError } from '~/components/statement-version-error'
import { storedHtml } from '~/domain/statements/stored-html'
import { getStatementVersion } from '~/domain/statements/officer.server'
import { getPublicStatement } from '~/domain/statements/statements.server'
import { STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { parseVersionNumber } from '~/domain/statements/versions'
import { formatDate } from '~/i18n/format'
import { languageTag, pathIn } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useLocale, useShowText, useT } from '~/i18n/react'
import { localeOf, translatorFor } from '~/i18n/server'
import { db } from '~/utils/db.server'
import { siteOrigin } from '~/utils/request.server'

/** A permanent link to one wording of a statement: it never changes once published. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const t = translatorFor(locale)
  const s = await getPublicStatement(db, params.slug ?? '')
  if (!s) throw new Response(t('There is no published statement at this address.'), { status: 404 })
  const n = parseVersionNumber(params.n)
  if (n === null) throw new Response(t('“{given}” is not a version number. Versions are numbered 1, 2, 3 and so on.', { given: params.n }), { status: 400 })
  const v = await getStatementVersion(db, s.id, n)
  if (!v) throw new Response(t('This statement has no version {missing}. Its latest is version {latest}.', { missing: n, latest: s.version }), { status: 404 })
  return {
    url: `${siteOrigin(request)}${pathIn(locale, `/statements/${s.slug}/versions/${n}`)}`,
    statement: { slug: s.slug, current: s.version, statusLabel: STATEMENT_STATUS_LABELS[s.status] },
    version: { n: v.version, title: v.title, summary: v.summary, html: storedHtml(v), changeNote: v.changeNote, date: formatDate(locale, v.createdAt, 'long') },
  }
}

export default function StatementVersionPage() {
  const { statement: s, version: v, url } = useLoaderData<typeof loader>()
  const latest = v.n === s.current
  const t = useT()
  const locale = useLocale()
  const note = useShowText()
  return (
    <article className="statement">
      <span className="caption">{t('Position statement · version {version} of {latest}', { version: v.n, latest: s.current })}</span>
      <h1>{v.title}</h1>
      {latest ? (
        <p className="inset-text">
          <T
            message="This is the current version. <page>Go to the statement’s page</page> for its adoption record and endorsements."
            values={{ page: (text: string) => <Link to={`/statements/${s.slug}`}>{text}</Link> }}
          />
        </p>
      ) : (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>{t('This is not the current version.')}</strong>{' '}
            {t('It is version {version}; the statement is now at version {latest} ({status}).', { version: v.n, latest: s.current, status: t(s.statusLabel).toLocaleLowerCase(languageTag(locale)) })}{' '}
            <T
              message="<current>Read the current version</current> or <since>see what has changed since</since>."
              values={{
                current: (text: string) => <Link to={`/statements/${s.slug}`}>{text}</Link>,
                since: (text: string) => <Link to={`/statements/${s.slug}/diff?from=${v.n}&to=${s.current}`}>{text}</Link>,
              }}
            />
          </p>
        </div>
      )}
      <p className="meta">{t('Version {version}, {date}: {note}', { version: v.n, date: v.date, note: note(v.changeNote) })}</p>
      <StatementText summary={v.summary} html={v.html} />
      <p className="meta cite">
        {t('Permanent link to this version:')} <a href={url}>{url}</a>
      </p>
    </article>
  )
}

export const ErrorBoundary = StatementVersionError

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  const { data } = args
  return data
    ? [
        { title: t('{title} (version {version}) — Chorus', { title: data.version.title, version: data.version.n }) },
        { name: 'description', content: data.version.summary },
        { tagName: 'link', rel: 'canonical', href: data.url },
      ]
    : [{ title: t('Version not found — Chorus') }]
}
