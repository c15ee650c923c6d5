import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { listStatementsForOfficers } from '~/domain/statements/officer.server'
import { isReviewDue } from '~/domain/statements/review'
import { STATEMENT_STATUS_LABELS, type StatementStatus } from '~/domain/statements/status'
import { formatDate, formatNumber } from '~/i18n/format'
import { metaT } from '~/i18n/meta'
import { useLocale, useT } from '~/i18n/react'
import { localeOf } from '~/i18n/server'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { requireRole } from '~/utils/session.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { msg } from '~/i18n/translate'

const STATUSES = Object.keys(STATEMENT_STATUS_LABELS) as StatementStatus[]
const TAG: Record<StatementStatus, string> = { draft: 'tag--grey', consultation: 'tag--blue', adopted: 'tag--green', under_review: 'tag--yellow', superseded: 'tag--grey', withdrawn: 'tag--red' }

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const locale = localeOf(request)
  const asked = new URL(request.url).searchParams.get('status')
  const status = STATUSES.find((s) => s === asked)
  const { rows, counts } = await listStatementsForOfficers(db, { status })
  const now = new Date()
  return {
    status: status ?? null,
    counts,
    total: Object.values(counts).reduce((a, b) => a + (b ?? 0), 0),
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      version: r.version,
      reviewBy: r.reviewBy ? formatDate(locale, `${r.reviewBy}T12:00:00Z`, 'long') : null,
      reviewDue: isReviewDue(r, now),
      closes: r.status === 'consultation' && r.consultationClosesAt ? formatLondon(r.consultationClosesAt, locale) : null,
      comments: r.comments,
    })),
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Position statements') }

export default function OfficerStatements() {
  const { status, counts, total, rows } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <h1>{t('Position statements')}</h1>
      <p>
        <Link to="/officer/statements/new" className="button button--primary">
          {t('Draft a statement')}
        </Link>
      </p>
      <nav aria-label={t('Filter by status')}>
        <ul className="status-tabs">
          <li>
            <Link to="/officer/statements" aria-current={status === null ? 'page' : undefined}>
              {t('All ({count, number})', { count: total })}
            </Link>
          </li>
          {STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/officer/statements?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                {t(STATEMENT_STATUS_LABELS[s])} ({formatNumber(locale, counts[s] ?? 0)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>
          {status
            ? t(
                '{status, select, draft {No statements are draft.} consultation {No statements are open for consultation.} adopted {No statements are adopted.} under_review {No statements are under review.} superseded {No statements are superseded.} other {No statements are withdrawn.}}',
                { status },
              )
            : t('No statements yet. Draft the first one.')}
        </p>
      ) : (
        <DataTable columns={[t('Statement'), t('Status'), t('Review by'), t('Comments to address')]}>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/officer/statements/${r.id}`}>{r.title}</Link>
                <div className="meta">
                  {t('Version {version}', { version: r.version })}
                  {r.closes ? ` · ${t('consultation closes {date}', { date: r.closes })}` : ''}
                </div>
              </td>
              <td>
                <span className={`tag ${TAG[r.status]}`}>{t(STATEMENT_STATUS_LABELS[r.status])}</span>
              </td>
              <td>
                {r.reviewBy ?? '—'}
                {r.reviewDue ? (
                  <>
                    {' '}
                    <strong className="tag tag--red">{t('Review due')}</strong>
                  </>
                ) : null}
              </td>
              <td>{formatNumber(locale, r.comments)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Position statements (officers) — Chorus') }]
