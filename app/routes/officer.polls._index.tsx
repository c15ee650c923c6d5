import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { listPolls } from '~/domain/polls/polls.server'
import { POLL_STATUS_LABELS } from '~/domain/polls/labels'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { metaT } from '~/i18n/meta'
import { useLocale, useT } from '~/i18n/react'
import { formatNumber } from '~/i18n/format'
import { localeOf } from '~/i18n/server'
import { requireRole } from '~/utils/session.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { msg } from '~/i18n/translate'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const locale = localeOf(request)
  const polls = await listPolls(db)
  return {
    polls: polls.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      closes: p.closesAt ? formatLondon(p.closesAt, locale) : null,
      audience: p.audienceCount,
      responses: p.responsesCount,
    })),
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Pulse polls') }

export default function OfficerPolls() {
  const { polls } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <h1>{t('Pulse polls')}</h1>
      <p>{t('Ask members a few quick questions and have anonymous results within hours.')}</p>
      <p>
        <Link to="/officer/polls/new" className="button button--primary">
          {t('Create a poll')}
        </Link>
      </p>
      {polls.length === 0 ? (
        <p>{t('No polls yet.')}</p>
      ) : (
        <DataTable columns={[t('Poll'), t('Status'), t('Closes'), t('Asked'), t('Responses')]}>
          {polls.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/officer/polls/${p.id}`}>{p.title}</Link>
              </td>
              <td>{t(POLL_STATUS_LABELS[p.status])}</td>
              <td>{p.closes ?? '—'}</td>
              <td>{p.audience === null ? '—' : formatNumber(locale, p.audience)}</td>
              <td>{p.responses === null ? '—' : formatNumber(locale, p.responses)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Pulse polls — Chorus') }]
