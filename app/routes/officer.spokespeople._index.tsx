import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listRoster } from '~/domain/press/spokespeople.server'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { db } from '~/utils/db.server'
import { requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { msg } from '~/i18n/translate'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  return { roster: await listRoster(db, new Date(), localeOf(request)) }
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Spokespeople') }

export default function OfficerSpokespeoplePage() {
  const { roster } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t('Spokespeople')}</h1>
      <p className="lead">{t('Members and officers who speak to journalists for Chorus. Active spokespeople appear in the press room with their availability.')}</p>
      <p>
        <Link to="/officer/spokespeople/new" className="button button--primary">
          {t('Add a spokesperson')}
        </Link>{' '}
        <Link to="/press/spokespeople">{t('See the public roster')}</Link>
      </p>
      {roster.length === 0 ? (
        <p>{t('Nobody is on the roster yet.')}</p>
      ) : (
        <DataTable columns={[t('Name'), t('Topics'), t('Availability'), t('Status')]}>
          {roster.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/officer/spokespeople/${s.id}`}>{s.name}</Link>
                <div className="meta">{`${s.role} · ${s.email}`}</div>
              </td>
              <td>{s.topics.join(', ')}</td>
              <td>{s.active ? s.availabilityLabel : '—'}</td>
              <td>
                {s.active ? <span className="tag tag--green">{t('Active')}</span> : <span className="tag tag--grey">{t('Stood down')}</span>}{' '}
                {s.mediaTrained ? <span className="tag tag--blue">{t('Media trained')}</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Spokespeople — Chorus') }]
