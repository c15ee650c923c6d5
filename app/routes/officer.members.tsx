import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { listTiers } from '~/domain/membership/join.server'
import { listMembers, MemberFiltersSchema } from '~/domain/membership/officers.server'
import { NATIONS } from '~/domain/membership/schemas'
import { STATUS_LABELS } from '~/domain/membership/status'
import { db } from '~/utils/db.server'
import { requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const filters = MemberFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const [result, tiers] = await Promise.all([listMembers(db, filters), listTiers(db)])
  return { ...result, page: filters.page, tiers: tiers.map((t) => ({ id: t.id, name: t.name })) }
}

export default function OfficerMembersPage() {
  const { rows, total, pages, page, tiers } = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  const withPage = (n: number) => {
    const next = new URLSearchParams(params)
    next.set('page', String(n))
    return `?${next}`
  }
  return (
    <>
      <Link to="/officer" className="back-link">
        Officer dashboard
      </Link>
      <h1>Members</h1>
      <Form method="get" className="filters" aria-label="Filter members">
        <div className="form-group">
          <label className="label" htmlFor="q">
            Search
          </label>
          <div className="hint" id="q-hint">
            Name, email, membership number or registration number
          </div>
          <input id="q" name="q" type="search" className="input input--medium" defaultValue={params.get('q') ?? ''} aria-describedby="q-hint" />
        </div>
        <div className="filters__row">
          <Select name="status" label="Status" value={params.get('status')} options={Object.entries(STATUS_LABELS)} />
          <Select name="tier" label="Type" value={params.get('tier')} options={tiers.map((t) => [t.id, t.name])} />
          <Select name="nation" label="Nation" value={params.get('nation')} options={Object.entries(NATIONS).map(([id, n]) => [id, n.name])} />
          <Select name="branch" label="Branch" value={params.get('branch')} options={Object.values(NATIONS).flatMap((n) => n.branches.map((b) => [b, b]))} />
          <Select
            name="verified"
            label="Registration"
            value={params.get('verified')}
            options={[
              ['yes', 'Verified'],
              ['no', 'Not verified'],
            ]}
          />
        </div>
        <button type="submit" className="button button--secondary">
          Apply filters
        </button>{' '}
        <Link to="/officer/members">Clear filters</Link>
      </Form>
      <p>
        {total.toLocaleString('en-GB')} {total === 1 ? 'member' : 'members'} ·{' '}
        <a href={`/officer/members.csv?${new URLSearchParams([...params].filter(([k]) => k !== 'page'))}`} download>
          Download as CSV
        </a>
      </p>
      <DataTable columns={['Number', 'Name', 'Type', 'Status', 'Registration', 'Branch']}>
        {rows.map((m) => (
          <tr key={m.id}>
            <td>{m.membershipNumber}</td>
            <td>
              {m.name !== null && m.name !== undefined ? <bdi>{m.name}</bdi> : <em>Deleted account</em>}
              <div className="meta">{m.email}</div>
            </td>
            <td>{m.tier}</td>
            <td>{m.statusLabel}</td>
            <td>
              {m.registrationNumber ?? '—'}{' '}
              {m.registrationNumber ? (
                m.verifiedAt ? (
                  <span className="tag tag--green">Verified</span>
                ) : (
                  <span className="tag tag--yellow">Not verified</span>
                )
              ) : null}
            </td>
            <td>{m.branch}</td>
          </tr>
        ))}
      </DataTable>
      {pages > 1 ? (
        <nav className="pagination" aria-label="Pages of members">
          {page > 1 ? (
            <Link to={withPage(page - 1)} rel="prev">
              Previous
            </Link>
          ) : null}
          <span aria-current="page">
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link to={withPage(page + 1)} rel="next">
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}

function Select(props: { name: string; label: string; value: string | null; options: string[][] }) {
  return (
    <div className="form-group">
      <label className="label" htmlFor={`filter-${props.name}`}>
        {props.label}
      </label>
      <select id={`filter-${props.name}`} name={props.name} className="select" defaultValue={props.value ?? ''}>
        <option value="">Any</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}

export const meta: MetaFunction = () => [{ title: 'Members — Chorus' }]
