import { Outlet, type RouteObject } from 'react-router-dom'
import { renderToStaticMarkup } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from '../../app/i18n/react.tsx'
import '../../app/i18n/server.ts'
import { onMissingWelsh } from '../../app/i18n/translate.ts'
import * as accountArea from '../../app/routes/account.tsx'
import * as accountPassword from '../../app/routes/account.password.tsx'
import * as adminArea from '../../app/routes/admin.tsx'
import * as adminAudit from '../../app/routes/admin.audit.tsx'
import * as officerArea from '../../app/routes/officer.tsx'
import * as officerMembers from '../../app/routes/officer.members.tsx'
import * as briefingWelsh from '../../app/routes/officer.press.$id_.welsh.tsx'

const BRIEFING = { id: '5f0c8a52-3a55-4f43-9a62-6a1d1b7c2f10', headline: 'Chorus responds to the Northfield review' }
const page = () => <p data-page="">The page itself</p>

/**
 * The three areas as Remix renders them: the real layout modules (navigation, breadcrumbs, error
 * boundary) over pages carrying their real `handle.breadcrumb`, with loaders standing in for the
 * pages' own (which tests elsewhere cover). English at `/`, Welsh under the `/cy` basename.
 */
function routes(role: string): RouteObject[] {
  return [
    {
      id: 'root',
      path: '/',
      loader: () => ({ user: { name: 'Priya Officer', role, email: 'priya@example.test' } }),
      Component: Outlet,
      children: [
        {
          id: 'routes/officer',
          path: 'officer',
          handle: officerArea.handle,
          Component: officerArea.default,
          ErrorBoundary: officerArea.ErrorBoundary,
          children: [
            { id: 'routes/officer._index', index: true, Component: page },
            { id: 'routes/officer.press.$id_.welsh', path: 'press/:id/welsh', handle: briefingWelsh.handle, loader: () => ({ briefing: BRIEFING }), Component: page },
            {
              id: 'routes/officer.members',
              path: 'members',
              handle: officerMembers.handle,
              loader: () => {
                throw new Error('the database went away')
              },
              Component: page,
            },
            {
              id: 'routes/officer.press.$id',
              path: 'press/:id',
              loader: () => {
                throw new Response('Not Found', { status: 404, statusText: 'Not Found' })
              },
              Component: page,
            },
            {
              id: 'routes/officer.verifications',
              path: 'verifications',
              loader: () => {
                throw new Response('This page is for officers.', { status: 403, statusText: 'Forbidden' })
              },
              Component: page,
            },
          ],
        },
        {
          id: 'routes/admin',
          path: 'admin',
          handle: adminArea.handle,
          Component: adminArea.default,
          ErrorBoundary: adminArea.ErrorBoundary,
          children: [{ id: 'routes/admin.audit', path: 'audit', handle: adminAudit.handle, loader: () => ({ entries: [] }), Component: page }],
        },
        {
          id: 'routes/account',
          path: 'account',
          handle: accountArea.handle,
          Component: accountArea.default,
          ErrorBoundary: accountArea.ErrorBoundary,
          children: [{ id: 'routes/account.password', path: 'password', handle: accountPassword.handle, loader: () => ({}), Component: page }],
        },
      ],
    },
  ]
}

async function render(path: string, role = 'officer') {
  const welsh = path === '/cy' || path.startsWith('/cy/')
  const handler = createStaticHandler(routes(role), { basename: welsh ? '/cy' : '/' })
  const context = await handler.query(new Request(`http://localhost:3000${path}`))
  if (context instanceof Response) throw new Error(`${path} answered ${context.status}`)
  const router = createStaticRouter(handler.dataRoutes, context)
  return renderToStaticMarkup(
    <LocaleProvider value={welsh ? 'cy' : 'en'}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </LocaleProvider>,
  )
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()

/** The area navigation's links: text, address and aria-current. */
function areaNav(html: string) {
  const nav = /<nav class="area-nav" aria-label="([^"]*)">([\s\S]*?)<\/nav>/.exec(html)
  if (!nav) return null
  const links = [...nav[2].matchAll(/<a ([^>]*)>([\s\S]*?)<\/a>/g)].map(([, attrs, text]) => ({
    text: decode(text),
    href: /href="([^"]*)"/.exec(attrs)?.[1],
    current: /aria-current="([^"]*)"/.exec(attrs)?.[1],
  }))
  return { label: decode(nav[1]), links }
}

/** The breadcrumbs: each step's text, its link (none for the page itself) and aria-current. */
function breadcrumbs(html: string) {
  const nav = /<nav class="breadcrumbs" aria-label="([^"]*)"><ol class="breadcrumbs__list">([\s\S]*?)<\/ol><\/nav>/.exec(html)
  if (!nav) return null
  const steps = [...nav[2].matchAll(/<li ([^>]*)>([\s\S]*?)<\/li>/g)].map(([, attrs, inner]) => ({
    text: decode(inner),
    href: /href="([^"]*)"/.exec(inner)?.[1] ?? null,
    current: /aria-current="([^"]*)"/.exec(attrs)?.[1] ?? null,
  }))
  return { label: decode(nav[1]), steps }
}

describe('the account, officer and admin areas', () => {
  afterEach(() => {
    onMissingWelsh(null)
    vi.restoreAllMocks()
  })

  it('shows an officer page inside the officer navigation, with the way back through its briefing', async () => {
    const html = await render(`/officer/press/${BRIEFING.id}/welsh`)
    expect(html).toContain('The page itself')
    const nav = areaNav(html)!
    expect(nav.label).toBe('Officer pages')
    expect(nav.links.find((l) => l.href === '/officer/press')).toEqual({ text: 'Press briefings', href: '/officer/press', current: 'true' })
    expect(nav.links.filter((l) => l.current)).toHaveLength(1)
    expect(breadcrumbs(html)).toEqual({
      label: 'Breadcrumb',
      steps: [
        { text: 'Home', href: '/', current: null },
        { text: 'Officer dashboard', href: '/officer', current: null },
        { text: 'Press briefings', href: '/officer/press', current: null },
        { text: BRIEFING.headline, href: `/officer/press/${BRIEFING.id}`, current: null },
        { text: 'Welsh version', href: null, current: 'page' },
      ],
    })
    expect(html).not.toContain('back-link')
  })

  it('shows the same officer page in Welsh, every link staying under /cy', async () => {
    const missing: string[] = []
    onMissingWelsh((m) => missing.push(m))
    const html = await render(`/cy/officer/press/${BRIEFING.id}/welsh`)
    const nav = areaNav(html)!
    expect(nav.label).toBe('Tudalennau swyddogion')
    expect(nav.links.find((l) => l.current === 'true')).toEqual({ text: "Briffiau i'r wasg", href: '/cy/officer/press', current: 'true' })
    expect(nav.links.every((l) => l.href?.startsWith('/cy/'))).toBe(true)
    const crumbs = breadcrumbs(html)!
    expect(crumbs.label).toBe('Briwsion bara')
    expect(crumbs.steps.map((s) => s.href)).toEqual(['/cy', '/cy/officer', '/cy/officer/press', `/cy/officer/press/${BRIEFING.id}`, null])
    expect(crumbs.steps.map((s) => s.text).slice(0, 3)).toEqual(['Hafan', 'Dangosfwrdd swyddogion', "Briffiau i'r wasg"])
    expect(missing).toEqual([])
  })

  it('marks the area home as the page on the dashboard', async () => {
    const html = await render('/officer')
    expect(areaNav(html)!.links[0]).toEqual({ text: 'Dashboard', href: '/officer', current: 'page' })
    expect(breadcrumbs(html)!.steps).toEqual([
      { text: 'Home', href: '/', current: null },
      { text: 'Officer dashboard', href: null, current: 'page' },
    ])
  })

  it('shows an admin page inside the admin navigation, in English and Welsh', async () => {
    const html = await render('/admin/audit', 'admin')
    const nav = areaNav(html)!
    expect(nav.label).toBe('Admin pages')
    expect(nav.links.find((l) => l.current)).toEqual({ text: 'Audit log', href: '/admin/audit', current: 'page' })
    expect(breadcrumbs(html)!.steps.map((s) => [s.text, s.href])).toEqual([
      ['Home', '/'],
      ['Admin', '/admin'],
      ['Audit log', null],
    ])
    const cy = await render('/cy/admin/audit', 'admin')
    expect(areaNav(cy)!.label).toBe('Tudalennau gweinyddu')
    expect(areaNav(cy)!.links.find((l) => l.current)?.href).toBe('/cy/admin/audit')
    expect(breadcrumbs(cy)!.steps.map((s) => s.href)).toEqual(['/cy', '/cy/admin', null])
  })

  it('shows an account page inside the account navigation, offering membership pages to members only', async () => {
    const member = await render('/account/password', 'member')
    const nav = areaNav(member)!
    expect(nav.label).toBe('Your account')
    expect(nav.links.map((l) => l.href)).toEqual(['/account', '/account/membership', '/account/fees-statement', '/account/password', '/account/two-factor'])
    expect(nav.links.find((l) => l.current)).toEqual({ text: 'Password', href: '/account/password', current: 'page' })
    expect(breadcrumbs(member)!.steps.map((s) => [s.text, s.href])).toEqual([
      ['Home', '/'],
      ['Your account', '/account'],
      ['Change your password', null],
    ])
    const journalist = await render('/cy/account/password', 'journalist')
    expect(areaNav(journalist)!.label).toBe('Eich cyfrif')
    expect(areaNav(journalist)!.links.map((l) => l.href)).toEqual(['/cy/account', '/cy/account/password', '/cy/account/two-factor'])
    expect(breadcrumbs(journalist)!.steps.map((s) => s.href)).toEqual(['/cy', '/cy/account', null])
  })

  it('shows a page that fails inside its area, with the navigation and the way back to the area', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const html = await render('/officer/members')
    expect(html).toContain('Sorry, there is a problem with the service')
    expect(html).not.toContain('The page itself')
    expect(areaNav(html)!.links.find((l) => l.href === '/officer/members')?.current).toBe('page')
    expect(breadcrumbs(html)!.steps).toEqual([
      { text: 'Home', href: '/', current: null },
      { text: 'Officer dashboard', href: '/officer', current: null },
    ])
    const cy = await render('/cy/officer/press/no-such-briefing')
    expect(cy).toContain('Heb ddod o hyd i&#x27;r dudalen')
    expect(areaNav(cy)!.label).toBe('Tudalennau swyddogion')
  })

  it("does not show an area's navigation to someone the page refuses", async () => {
    const html = await render('/officer/verifications', 'member')
    expect(html).toContain('You do not have access to this page')
    expect(html).toContain('This page is for officers.')
    expect(areaNav(html)).toBeNull()
    expect(breadcrumbs(html)).toBeNull()
  })
})
