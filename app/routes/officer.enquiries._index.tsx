import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { Countdown } from '~/components/countdown'
import { listEnquiryQueue } from '~/domain/press/enquiries.server'
import { ENQUIRY_STATUS_TAGS } from '~/domain/press/enquiry-status'
import { EnquiryFiltersSchema } from '~/domain/press/contact-schemas'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

const FILTERS = [
  ['active', msg('Needing an answer')],
  ['open', msg('Open')],
  ['assigned', msg('Assigned')],
  ['answered', msg('Answered')],
  ['declined', msg('Declined')],
  ['all', msg('All')],
] as const

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const { status } = EnquiryFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const now = new Date()
  return { status, now: now.toISOString(), enquiries: await listEnquiryQueue(db, { status, now, locale: localeOf(request) }) }
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Media enquiries') }

export default function EnquiryQueuePage() {
  const { status, now, enquiries } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t('Media enquiries')}</h1>
      <p className="lead">{t('Nearest deadline first. Assign each enquiry, or answer or decline it; the journalist is emailed either way.')}</p>
      <Form method="get" className="filters" aria-label={t('Filter enquiries')}>
        <div className="form-group">
          <label className="label" htmlFor="filter-status">
            {t('Show')}
          </label>
          <select id="filter-status" name="status" className="select" defaultValue={status}>
            {FILTERS.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t('Apply')}
        </button>
      </Form>
      {enquiries.length === 0 ? (
        <p>{status === 'active' ? t('No enquiry is waiting for an answer.') : t('No enquiries to show.')}</p>
      ) : (
        <DataTable columns={[t('Deadline (UK time)'), t('From'), t('Topic'), t('Status')]} caption={t('Media enquiries, nearest deadline first')}>
          {enquiries.map((e) => (
            <tr key={e.id}>
              <td>
                {e.deadlineLabel}
                {e.countdown ? (
                  <div>
                    <Countdown deadline={e.deadline} renderedAt={now} />
                  </div>
                ) : null}
              </td>
              <td>
                <bdi>{e.name}</bdi>
                <div className="meta">{e.outlet}</div>
              </td>
              <td>
                <Link to={`/officer/enquiries/${e.id}`}>{e.topic}</Link>
                <div className="meta">{e.reference}</div>
              </td>
              <td>
                <span className={`tag ${ENQUIRY_STATUS_TAGS[e.status]}`}>{e.statusLabel}</span>
                {e.assigneeName ? <div className="meta">{e.assigneeName}</div> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Media enquiries — Chorus') }]
