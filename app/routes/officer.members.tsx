import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { listTiers } from '~/domain/membership/join.server'
import { listMembers, MemberFiltersSchema } from '~/domain/membership/officers.server'
import { NATIONS } from '~/domain/membership/schemas'
import { STATUS_LABELS } from '~/domain/membership/status'
import { pathIn } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useLocale, useT } from '~/i18n/react'
import { db } from '~/utils/db.server'
import { requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { msg } from '~/i18n/translate'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const filters = MemberFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const [result, tiers] = await Promise.all([listMembers(db, filters), listTiers(db)])
  return { ...result, page: filters.page, tiers: tiers.map((t) => ({ id: t.id, name: t.name })) }
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Members') }

export default function OfficerMembersPage() {
  const { rows, total, pages, page, tiers } = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  const t = useT()
  const locale = useLocale()
  const withPage = (n: number) => {
    const next = new URLSearchParams(params)
    next.set('page', String(n))
    return `?${next}`
  }
  return (
    <>
      <h1>{t('Members')}</h1>
      <Form method="get" className="filters" aria-label={t('Filter members')}>
        <div className="form-group">
          <label className="label" htmlFor="q">
            {t('Search')}
          </label>
          <div className="hint" id="q-hint">
            {t('Name, email, membership number or registration number')}
          </div>
          <input id="q" name="q" type="search" className="input input--medium" defaultValue={params.get('q') ?? ''} aria-describedby="q-hint" />
        </div>
        <div className="filters__row">
          <Select name="status" label={t('Status')} value={params.get('status')} options={Object.entries(STATUS_LABELS).map(([id, label]) => [id, t(label)])} />
          <Select name="tier" label={t('Type')} value={params.get('tier')} options={tiers.map((t) => [t.id, t.name])} />
          <Select name="nation" label={t('Nation')} value={params.get('nation')} options={Object.entries(NATIONS).map(([id, n]) => [id, t(n.name)])} />
          <Select name="branch" label={t('Branch')} value={params.get('branch')} options={Object.values(NATIONS).flatMap((n) => n.branches.map((b) => [b, b]))} />
          <Select
            name="verified"
            label={t('Registration')}
            value={params.get('verified')}
            options={[
              ['yes', t('Verified')],
              ['no', t('Not verified')],
            ]}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('Apply filters')}
        </button>{' '}
        <Link to="/officer/members">{t('Clear filters')}</Link>
      </Form>
      <p>
        {t('{count, plural, one {# member} other {# members}}', { count: total })} ·{' '}
        <a href={`${pathIn(locale, '/officer/members.csv')}?${new URLSearchParams([...params].filter(([k]) => k !== 'page'))}`} download>
          {t('Download as CSV')}
        </a>
      </p>
      <DataTable columns={[t('Number'), t('Name'), t('Type'), t('Status'), t('Registration'), t('Branch')]}>
        {rows.map((m) => (
          <tr key={m.id}>
            <td>{m.membershipNumber}</td>
            <td>
              {m.name !== null && m.name !== undefined ? <bdi>{m.name}</bdi> : <em>{t('Deleted account')}</em>}
              <div className="meta">{m.email}</div>
            </td>
            <td>{m.tier}</td>
            <td>{t(m.statusLabel)}</td>
            <td>
              {m.registrationNumber ?? '—'}{' '}
              {m.registrationNumber ? m.verifiedAt ? <span className="tag tag--green">{t('Verified')}</span> : <span className="tag tag--yellow">{t('Not verified')}</span> : null}
            </td>
            <td>{m.branch}</td>
          </tr>
        ))}
      </DataTable>
      {pages > 1 ? (
        <nav className="pagination" aria-label={t('Pages of members')}>
          {page > 1 ? (
            <Link to={withPage(page - 1)} rel="prev">
              {t('Previous')}
            </Link>
          ) : null}
          <span aria-current="page">{t('Page {page, number} of {pages, number}', { page, pages })}</span>
          {page < pages ? (
            <Link to={withPage(page + 1)} rel="next">
              {t('Next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}

function Select(props: { name: string; label: string; value: string | null; options: string[][] }) {
  const t = useT()
  return (
    <div className="form-group">
      <label className="label" htmlFor={`filter-${props.name}`}>
        {props.label}
      </label>
      <select id={`filter-${props.name}`} name={props.name} className="select" defaultValue={props.value ?? ''}>
        <option value="">{t('Any')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Members — Chorus') }]
