/** axe-core scan of the public pages: no serious or critical violations. */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { DEMO, openPage, signIn, type JourneyContext } from './lib/journey.ts'

const PAGES = ['/', '/login', '/signup', '/join', '/forgot-password', '/statements', '/statements/safe-caseloads-for-childrens-social-workers', '/ballots', '/motions']
/** Pages behind sign-in, scanned as the demo admin (who sees every part of them). */
const SIGNED_IN_PAGES = ['/account', '/officer', '/admin', '/admin/users', '/admin/outbox', '/admin/audit']

export async function publicPagesHaveNoSeriousAxeViolations(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await scan(page, PAGES)
}

export async function signedInPagesHaveNoSeriousAxeViolations(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await signIn(page, DEMO.admin)
  await scan(page, SIGNED_IN_PAGES)
}

async function scan(page: Page, paths: string[]) {
  const problems: string[] = []
  for (const path of paths) {
    const response = await page.goto(path)
    if (!response?.ok()) problems.push(`${path}: status ${response?.status()}`)
    const results = await new AxeBuilder({ page }).analyze()
    for (const v of results.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue
      const targets = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}  ${n.failureSummary?.split('\n').slice(1).join('; ') ?? ''}`)
      problems.push(`${path}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n${targets.join('\n')}`)
    }
  }
  if (problems.length > 0) throw new Error(`accessibility violations:\n  ${problems.join('\n  ')}`)
}
