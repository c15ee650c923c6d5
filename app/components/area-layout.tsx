import { Link, Outlet, useLocation, useRouteError, useRouteLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import type { Role } from '../../db/schema/index.ts'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import type { RootData } from '~/root'
import { Breadcrumbs } from './breadcrumbs.tsx'
import { useCurrentLinkInView } from './current-in-view.ts'
import { GeneralErrorBoundary, isAccessError } from './error-boundary.tsx'

export interface AreaLink {
  to: string
  label: string
  /** Shown only to these roles (read from the root's signed-in user). */
  roles?: Role[]
}

/** One part of Chorus with its own pages: the member's account, the officers' and the admins' work. */
export interface Area {
  /** The layout route's id, e.g. `routes/officer`. */
  routeId: string
  /** The navigation's accessible name. */
  label: string
  /** The area's main pages; the first is its home. */
  links: AreaLink[]
}

export const ACCOUNT_AREA: Area = {
  routeId: 'routes/account',
  label: msg('Your account'),
  links: [
    { to: '/account', label: msg('Overview') },
    { to: '/account/membership', label: msg('Membership'), roles: ['member', 'officer', 'admin'] },
    { to: '/account/fees-statement', label: msg('Fees statement'), roles: ['member', 'officer', 'admin'] },
    { to: '/account/password', label: msg('Password') },
    { to: '/account/two-factor', label: msg('Two-step verification') },
  ],
}

export const OFFICER_AREA: Area = {
  routeId: 'routes/officer',
  label: msg('Officer pages'),
  links: [
    { to: '/officer', label: msg('Dashboard') },
    { to: '/officer/verifications', label: msg('Registration checks') },
    { to: '/officer/members', label: msg('Members') },
    { to: '/officer/statements', label: msg('Statements') },
    { to: '/officer/ballots', label: msg('Ballots') },
    { to: '/officer/polls', label: msg('Pulse polls') },
    { to: '/officer/press', label: msg('Press briefings') },
    { to: '/officer/journalists', label: msg('Press accounts') },
    { to: '/officer/enquiries', label: msg('Media enquiries') },
    { to: '/officer/spokespeople', label: msg('Spokespeople') },
  ],
}

export const ADMIN_AREA: Area = {
  routeId: 'routes/admin',
  label: msg('Admin pages'),
  links: [
    { to: '/admin', label: msg('Admin') },
    { to: '/admin/users', label: msg('People and roles') },
    { to: '/admin/security', label: msg('Sign-in security') },
    { to: '/admin/tiers', label: msg('Membership types and dues') },
    { to: '/admin/outbox', label: msg('Outbox') },
    { to: '/admin/audit', label: msg('Audit log') },
  ],
}

/**
 * GOV.UK-style service navigation for an area: its main pages, the page you are on marked
 * `aria-current="page"` and the section you are in `aria-current="true"`. Paths are written from
 * the app's root, so under `/cy` they stay Welsh.
 */
function AreaNav({ area }: { area: Area }) {
  const t = useT()
  const { pathname } = useLocation()
  const role = useRouteLoaderData<RootData>('root')?.user?.role
  const here = pathname.replace(/\/+$/, '') || '/'
  const home = area.links[0]?.to
  // On a phone the links scroll sideways on one line: start with the page you are on in view.
  const list = useCurrentLinkInView<HTMLUListElement>(here)
  return (
    <nav className="area-nav" aria-label={t(area.label)}>
      <ul className="area-nav__list" ref={list}>
        {area.links
          .filter((link) => !link.roles || (role && link.roles.includes(role)))
          .map((link) => {
            const current = here === link.to ? 'page' : link.to !== home && here.startsWith(`${link.to}/`) ? 'true' : undefined
            return (
              <li key={link.to} className="area-nav__item">
                <Link to={link.to} className="area-nav__link" aria-current={current}>
                  {t(link.label)}
                </Link>
              </li>
            )
          })}
      </ul>
    </nav>
  )
}

/** An area's frame: its navigation, then the breadcrumbs, then the page. */
function AreaLayout({ area, children, upTo }: { area: Area; children: ReactNode; upTo?: string }) {
  return (
    <div className="area">
      <AreaNav area={area} />
      <Breadcrumbs upTo={upTo} />
      {children}
    </div>
  )
}

/** The layout route's page: the frame around the child route. */
export function AreaOutlet({ area }: { area: Area }) {
  return (
    <AreaLayout area={area}>
      <Outlet />
    </AreaLayout>
  )
}

/**
 * The area's one error boundary: a page of the area that fails (not found, a bad request, a
 * fault) says so inside the area's frame, with its navigation and the way back. A refusal (401 or
 * 403) is shown without the area's navigation: that person is not one of the area's users.
 */
export function AreaErrorBoundary({ area }: { area: Area }) {
  const error = useRouteError()
  if (isAccessError(error)) return <GeneralErrorBoundary />
  return (
    <AreaLayout area={area} upTo={area.routeId}>
      <GeneralErrorBoundary />
    </AreaLayout>
  )
}

/** The steps a page deep in an area passes through on the way back (its section's list). */
export const SECTION = {
  statements: { label: msg('Position statements'), to: '/officer/statements' },
  ballots: { label: msg('Ballots'), to: '/officer/ballots' },
  polls: { label: msg('Pulse polls'), to: '/officer/polls' },
  press: { label: msg('Press briefings'), to: '/officer/press' },
  enquiries: { label: msg('Media enquiries'), to: '/officer/enquiries' },
  spokespeople: { label: msg('Spokespeople'), to: '/officer/spokespeople' },
  users: { label: msg('People and roles'), to: '/admin/users' },
} as const
