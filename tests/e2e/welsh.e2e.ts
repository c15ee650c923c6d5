/**
 * Chorus in Welsh, page by page: every page a person can reach from the Welsh home page — as a
 * visitor, a member, an officer, an admin and a journalist — is in Welsh (`lang="cy"`), names its
 * English twin and itself in `hreflang` alternates, offers the switch to English on the same page,
 * has no serious accessibility problem, and shows no message the Welsh catalog lacks (the server
 * logs each one: app/i18n/server.ts).
 */
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { DEMO, openPage, signIn, type JourneyContext } from './lib/journey.ts'

/** Links not to follow: leaving, downloads, feeds, the development tools. */
const SKIP = /\/logout|\.(xml|json|atom|csv|blt|ics|pdf)(\?|$)|\/export|\/dev\/mail|\/html$|\/_emulator|\/bench/
/** At most this many pages of one shape (`/cy/press/<slug>`): the demo data has many briefings. */
const PER_SHAPE = 2
const MAX_PAGES = 70

const shapeOf = (path: string) =>
  path
    .split('?')[0]
    .split('/')
    .slice(0, 4)
    .map((segment, i) => (i >= 3 || /^[0-9a-f-]{36}$/.test(segment) || /^\d+$/.test(segment) ? ':x' : segment))
    .join('/')

async function crawl(page: Page, ctx: JourneyContext, who: string) {
  const seen = new Set<string>()
  const perShape = new Map<string, number>()
  const queue = ['/cy']
  const problems: string[] = []
  // A page that hydrates differently from how the server drew it (a message missing on one side) throws here.
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message.slice(0, 200)}`))
  const serverLog = ctx.serverLog ?? (() => '')
  const logBefore = serverLog().length
  while (queue.length > 0 && seen.size < MAX_PAGES) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.add(path)
    const response = await page.goto(path)
    const status = response?.status() ?? 0
    const here = new URL(page.url())
    if (status >= 500 || status === 404 || status === 0) problems.push(`${path}: status ${status}`)
    if (!here.pathname.startsWith('/cy')) {
      problems.push(`${path}: ended on an English page ${here.pathname}`)
      continue
    }
    const lang = await page.locator('html').getAttribute('lang')
    if (lang !== 'cy') problems.push(`${path}: <html lang="${lang}">`)
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '', location.href).pathname + new URL(l.getAttribute('href') ?? '', location.href).search])),
      )
    const english = here.pathname.replace(/^\/cy(?=\/|$)/, '') || '/'
    if (alternates.cy !== `${here.pathname}${here.search}` || alternates['en-GB'] !== `${english}${here.search}` || !alternates['x-default'])
      problems.push(`${path}: hreflang alternates ${JSON.stringify(alternates)}`)
    const switchHref = await page.locator('header a[hreflang="en-GB"]').getAttribute('href')
    if (switchHref !== `${english}${here.search}`) problems.push(`${path}: the switch to English goes to ${switchHref}`)
    const axe = await new AxeBuilder({ page }).analyze()
    for (const v of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) problems.push(`${path}: [${v.impact}] ${v.id}: ${v.help} — ${v.nodes[0]?.target.join(' ')}`)
    const links = await page.locator('a[href^="/cy"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    for (const link of links) {
      const target = link.split('#')[0]
      if (!target || seen.has(target) || SKIP.test(target) || queue.includes(target)) continue
      const shape = shapeOf(target)
      if ((perShape.get(shape) ?? 0) >= PER_SHAPE) continue
      perShape.set(shape, (perShape.get(shape) ?? 0) + 1)
      queue.push(target)
    }
  }
  const missing = serverLog()
    .slice(logBefore)
    .split('\n')
    .filter((line) => line.includes('"no Welsh for a message"'))
    .map((line) => (JSON.parse(line) as { message: string }).message)
  for (const message of missing) problems.push(`no Welsh for: ${message}`)
  assert.ok(seen.size >= 8, `${who}: only ${seen.size} Welsh pages reached`)
  if (problems.length > 0) throw new Error(`${who}, ${seen.size} Welsh pages:\n  ${problems.join('\n  ')}`)
}

export async function visitorReadsEveryPageInWelsh(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await crawl(page, ctx, 'a visitor')
}

export async function memberReadsEveryPageInWelsh(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await signIn(page, DEMO.member)
  await crawl(page, ctx, 'a member')
}

export async function officerReadsEveryPageInWelsh(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await signIn(page, DEMO.officer)
  await crawl(page, ctx, 'an officer')
}

export async function adminReadsEveryPageInWelsh(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await signIn(page, DEMO.admin)
  await crawl(page, ctx, 'an admin')
}

export async function journalistReadsEveryPageInWelsh(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await signIn(page, DEMO.journalist)
  await crawl(page, ctx, 'a journalist')
}

export async function englishPageOffersWelshToABrowserThatAsksForIt(ctx: JourneyContext) {
  const { page } = await openPage(ctx, { locale: 'cy-GB', extraHTTPHeaders: { 'Accept-Language': 'cy-GB,cy;q=0.9,en;q=0.5' } })
  await page.goto('/press')
  assert.equal(new URL(page.url()).pathname, '/press', 'offered, not sent')
  const offer = page.locator('.language-suggestion a[hreflang="cy"]')
  await offer.click()
  assert.equal(new URL(page.url()).pathname, '/cy/press')
  assert.equal(await page.locator('html').getAttribute('lang'), 'cy')
  await page.locator('header a[hreflang="en-GB"]').click()
  assert.equal(new URL(page.url()).pathname, '/press')
  assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB')
}
