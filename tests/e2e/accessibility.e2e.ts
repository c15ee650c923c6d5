/**
 * axe-core scan of every page: no serious or critical violations. The pages come from
 * app/routes (every route module with a component), so a new page is scanned without editing
 * this file; pages with a parameter are reached through the first link to them on their list page.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { listRouteModules, pathFor, routesDir } from '../helpers/route-modules.ts'
import { DEMO, hydrated, openPage, signIn, type JourneyContext } from './lib/journey.ts'

/** Route ids that are not pages anyone reads: the catch-all 404, sign-out, the dev mailbox, benchmarks. */
const NOT_PAGES = /^(\$|logout|dev[._]|bench[._])/
const SIGNED_IN_ONLY = /^(officer|admin|account)([._]|$)/

function pagesWithoutParams(filter: (id: string) => boolean) {
  return listRouteModules()
    .filter((r) => r.paramNames.length === 0 && !NOT_PAGES.test(r.id) && filter(r.id))
    .filter((r) => /export default function/.test(readFileSync(path.join(routesDir, r.file), 'utf8')))
    .map((r) => pathFor(r, {}))
}

/** List pages and the kind of detail link each leads to. */
const PUBLIC_DETAILS: [string, RegExp][] = [
  ['/statements', /^\/statements\/[a-z0-9-]+$/],
  ['/press', /^\/press\/(?!feed|topics|register|subscribe|alerts|enquiries|spokespeople|unsubscribe)[a-z0-9-]+$/],
  ['/ballots', /^\/ballots\/[0-9a-f-]{36}$/],
  ['/motions', /^\/motions\/[0-9a-f-]{36}$/],
]
const OFFICER_DETAILS: [string, RegExp][] = [
  ['/officer/ballots', /^\/officer\/ballots\/[0-9a-f-]{36}$/],
  ['/officer/statements', /^\/officer\/statements\/[0-9a-f-]{36}$/],
  ['/officer/press', /^\/officer\/press\/[0-9a-f-]{36}$/],
  ['/officer/enquiries', /^\/officer\/enquiries\/[0-9a-f-]{36}$/],
  ['/officer/spokespeople', /^\/officer\/spokespeople\/[0-9a-f-]{36}$/],
]

export async function publicPagesHaveNoSeriousAxeViolations(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  const pages = pagesWithoutParams((id) => !SIGNED_IN_ONLY.test(id))
  await scan(page, [...pages, ...(await detailPages(page, PUBLIC_DETAILS)), '/statements/safe-caseloads-for-childrens-social-workers/versions/1'])
}

export async function signedInPagesHaveNoSeriousAxeViolations(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await signIn(page, DEMO.admin)
  const pages = pagesWithoutParams((id) => SIGNED_IN_ONLY.test(id))
  await scan(page, [...pages, ...(await detailPages(page, OFFICER_DETAILS))])
}

export async function journalistPagesHaveNoSeriousAxeViolations(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await signIn(page, DEMO.journalist)
  await scan(page, ['/press', '/press/alerts', '/press/enquiries', '/press/enquiries/new'])
}

/** The first detail link on each list page (demo data provides one of each). */
async function detailPages(page: Page, lists: [string, RegExp][]) {
  const found: string[] = []
  for (const [list, pattern] of lists) {
    await page.goto(list)
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    const detail = hrefs.find((href) => pattern.test(href))
    if (!detail) throw new Error(`${list} links to no page like ${pattern}: the demo data should provide one`)
    found.push(detail)
  }
  return found
}

async function scan(page: Page, paths: string[]) {
  const problems: string[] = []
  for (const path of paths) {
    const response = await page.goto(path)
    // A page opened without the token its link carries (reset, verify, unsubscribe) rightly says so with a 400.
    const status = response?.status() ?? 0
    if (status >= 500 || status === 404 || status === 0) problems.push(`${path}: status ${status}`)
    const results = await new AxeBuilder({ page }).analyze()
    for (const v of results.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue
      const targets = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}  ${n.failureSummary?.split('\n').slice(1).join('; ') ?? ''}`)
      problems.push(`${path}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n${targets.join('\n')}`)
    }
  }
  if (problems.length > 0) throw new Error(`accessibility violations:\n  ${problems.join('\n  ')}`)
}

/** At 320 px (WCAG reflow), a page never scrolls sideways, and the site header (below the test-mode banner) leaves the page room. */
const PHONE = { width: 320, height: 640 }
const HEADER_MAX_PX = 180

export async function pagesReflowOnAPhone(ctx: JourneyContext) {
  const visitor = await openPage(ctx, { viewport: PHONE })
  await reflows(visitor.page, [...pagesWithoutParams((id) => !SIGNED_IN_ONLY.test(id)), ...(await detailPages(visitor.page, PUBLIC_DETAILS))])
  await visitor.context.close()
  // The admin has the most to show in the header: every area, the language switch, sign out.
  const admin = await openPage(ctx, { viewport: PHONE })
  await signIn(admin.page, DEMO.admin)
  await reflows(admin.page, ['/', '/account', '/ballots', '/officer', '/admin', '/press', '/cy/account'])
  // The main navigation scrolls sideways on one line; the section you are in starts in view.
  await admin.page.goto('/admin/users')
  await hydrated(admin.page)
  const seen = await admin.page.evaluate(() => {
    const strip = document.querySelector('.site-nav__list')!.getBoundingClientRect()
    const current = document.querySelector('.site-nav__list [aria-current]')!.getBoundingClientRect()
    return current.left >= strip.left - 1 && current.right <= strip.right + 1
  })
  if (!seen) throw new Error('at 320 px, the current section in the main navigation starts out of view')
  await admin.context.close()
}

async function reflows(page: Page, paths: string[]) {
  const problems: string[] = []
  for (const path of paths) {
    await page.goto(path)
    const { scrollWidth, header } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      header: Math.round(document.querySelector('.site-header__inner')?.getBoundingClientRect().height ?? 0),
    }))
    if (scrollWidth > 320) problems.push(`${path}: the page is ${scrollWidth} px wide, so it scrolls sideways`)
    if (header > HEADER_MAX_PX) problems.push(`${path}: the site header is ${header} px tall`)
  }
  if (problems.length > 0) throw new Error(`at 320 px:\n  ${problems.join('\n  ')}`)
}
