import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { isReviewDue, listStatementsForOfficers } from '~/domain/statements/officer.server'
import { STATEMENT_STATUS_LABELS, type StatementStatus } from '~/domain/statements/status'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { requireRole } from '~/utils/session.server'

const STATUSES = Object.keys(STATEMENT_STATUS_LABELS) as StatementStatus[]
const TAG: Record<StatementStatus, string> = { draft: 'tag--grey', consultation: 'tag--blue', adopted: 'tag--green', under_review: 'tag--yellow', superseded: 'tag--grey', withdrawn: 'tag--red' }
const day = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' })

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const asked = new URL(request.url).searchParams.get('status')
  const status = STATUSES.find((s) => s === asked)
  const { rows, counts } = await listStatementsForOfficers(db, { status })
  const now = new Date()
  return {
    status: status ?? null,
    counts,
    total: Object.values(counts).reduce((a, b) => a + (b ?? 0), 0),
    rows: rows.map((r) => ({ id: r.id, title: r.title, status: r.status, version: r.version, reviewBy: r.reviewBy ? day(r.reviewBy) : null, reviewDue: isReviewDue(r, now), closes: r.status === 'consultation' && r.consultationClosesAt ? formatLondon(r.consultationClosesAt) : null, comments: r.comments })),
  }
}

export default function OfficerStatements() {
  const { status, counts, total, rows } = useLoaderData<typeof loader>()
  return (
    <>
      <Link to="/officer" className="back-link">
        Officer dashboard
      </Link>
      <h1>Position statements</h1>
      <p>
        <Link to="/officer/statements/new" className="button button--primary">
          Draft a statement
        </Link>
      </p>
      <nav aria-label="Filter by status">
        <ul className="status-tabs">
          <li>
            <Link to="/officer/statements" aria-current={status === null ? 'page' : undefined}>
              All ({total})
            </Link>
          </li>
          {STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/officer/statements?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                {STATEMENT_STATUS_LABELS[s]} ({counts[s] ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{status ? `No statements are ${STATEMENT_STATUS_LABELS[status].toLowerCase()}.` : 'No statements yet. Draft the first one.'}</p>
      ) : (
        <DataTable columns={['Statement', 'Status', 'Review by', 'Comments to address']}>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/officer/statements/${r.id}`}>{r.title}</Link>
                <div className="meta">Version {r.version}{r.closes ? ` · consultation closes ${r.closes}` : ''}</div>
              </td>
              <td>
                <span className={`tag ${TAG[r.status]}`}>{STATEMENT_STATUS_LABELS[r.status]}</span>
              </td>
              <td>
                {r.reviewBy ?? '—'}
                {r.reviewDue ? (
                  <>
                    {' '}
                    <strong className="tag tag--red">Review due</strong>
                  </>
                ) : null}
              </td>
              <td>{r.comments}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Position statements (officers) — Chorus' }]
