import { Form, Link, NavLink } from '@remix-run/react'
import type { Role } from '../../db/schema/index.ts'

interface HeaderUser {
  name: string
  role: Role
}

const NAV: { to: string; label: string; roles?: Role[] }[] = [
  { to: '/', label: 'Home' },
  { to: '/statements', label: 'Statements' },
  { to: '/ballots', label: 'Ballots' },
  { to: '/press', label: 'Press' },
  { to: '/press/alerts', label: 'Press alerts', roles: ['journalist'] },
  { to: '/account', label: 'Your account', roles: ['member', 'officer', 'admin', 'journalist'] },
  { to: '/officer', label: 'Officer dashboard', roles: ['officer', 'admin'] },
  { to: '/admin', label: 'Admin', roles: ['admin'] },
]

export function SiteHeader({ user, testMode, openOffline = false }: { user: HeaderUser | null; testMode: boolean; openOffline?: boolean }) {
  const items = NAV.filter((item) => !item.roles || (user && item.roles.includes(user.role)))
  return (
    <header className="site-header">
      {testMode ? (
        <p className="test-mode-banner">
          <strong>TEST MODE</strong> — payments and emails are simulated; nothing is charged or sent.
        </p>
      ) : null}
      {openOffline ? (
        <p className="test-mode-banner" role="alert">
          <strong>Warning: this demonstration copy of Chorus is open to other computers.</strong> Its demo accounts use a published password and its
          test mailbox shows every email sent. Do not enter real personal details.
        </p>
      ) : null}
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand" aria-label="Chorus home">
          <span className="site-header__mark" aria-hidden="true">
            ◖◗
          </span>
          Chorus
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul className="site-nav__list">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="site-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-header__account">
          {user ? (
            <Form method="post" action="/logout" className="inline-form">
              <span className="site-header__who">{user.name}</span>
              <button type="submit" className="link-button">
                Sign out
              </button>
            </Form>
          ) : (
            <>
              <Link to="/login" className="site-header__link">
                Sign in
              </Link>
              <Link to="/join" className="button button--small button--inverse">
                Join
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  )
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>Chorus</strong> is the national professional body for social workers: one voice for the profession.
        </p>
        <p>Chorus, 1 Civic Square, London EC1A 1AA</p>
      </div>
    </footer>
  )
}
