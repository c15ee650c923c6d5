import { Link } from '@remix-run/react'
import { msg } from '~/i18n/translate.ts'
import { useT } from '~/i18n/react.tsx'

/** The officer pages of one statement, with the current one marked. */
export function StatementOfficerNav(props: { id: string; current: 'text' | 'welsh' | 'consultation' | 'status' }) {
  const t = useT()
  const pages = [
    { key: 'text', to: `/officer/statements/${props.id}`, label: msg('Text') },
    { key: 'welsh', to: `/officer/statements/${props.id}/welsh`, label: msg('Welsh version') },
    { key: 'consultation', to: `/officer/statements/${props.id}/consultation`, label: msg('Consultation') },
    { key: 'status', to: `/officer/statements/${props.id}/status`, label: msg('Adoption and status') },
  ] as const
  return (
    <nav aria-label={t('This statement')}>
      <ul className="status-tabs">
        {pages.map((p) => (
          <li key={p.key}>
            <Link to={p.to} aria-current={props.current === p.key ? 'page' : undefined}>
              {t(p.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
