import { Link } from '@remix-run/react'

/** The three officer pages of one statement, with the current one marked. */
export function StatementOfficerNav(props: { id: string; current: 'text' | 'consultation' | 'status' }) {
  const pages = [
    { key: 'text', to: `/officer/statements/${props.id}`, label: 'Text' },
    { key: 'consultation', to: `/officer/statements/${props.id}/consultation`, label: 'Consultation' },
    { key: 'status', to: `/officer/statements/${props.id}/status`, label: 'Adoption and status' },
  ] as const
  return (
    <nav aria-label="This statement">
      <ul className="status-tabs">
        {pages.map((p) => (
          <li key={p.key}>
            <Link to={p.to} aria-current={props.current === p.key ? 'page' : undefined}>
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
