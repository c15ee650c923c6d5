import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { listAuditEntries } from '~/domain/audit.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { formatLondonStamp } from '~/utils/london-time'
import { requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

const COLUMNS = ['when', 'who', 'what', 'subject', 'change'] as const
/** The log's column headings ("Subject" is what was changed, not an email's subject). */
const COLUMN_HEADING = msg('{column, select, when {When} who {Who} what {What} subject {Subject} other {Change}}')

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'admin')
  const entries = await listAuditEntries(db)
  return {
    entries: entries.map((e) => ({
      ...e,
      createdAt: e.createdAt.toISOString(),
      change: e.before || e.after ? `${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}` : '',
    })),
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Audit log') }

export default function AuditLogPage() {
  const { entries } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t('Audit log')}</h1>
      {entries.length === 0 ? (
        <p>{t('No changes recorded yet.')}</p>
      ) : (
        <DataTable columns={COLUMNS.map((column) => t(COLUMN_HEADING, { column }))}>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.createdAt}>{formatLondonStamp(e.createdAt)}</time>
              </td>
              <td>{e.actorName ?? t('Removed account')}</td>
              <td>{e.action}</td>
              <td>
                {e.subjectType} {e.subjectId ? <code>{e.subjectId.slice(0, 8)}</code> : null}
              </td>
              <td>
                <code>{e.change}</code>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Audit log — Chorus') }]
