/** The press office under pressure: a rapid response under embargo, seen by the right people at the right time. */
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import { toLondonLocal } from '../../app/utils/london-time.ts'
import { DEMO, expectText, hydrated, openPage, readMail, signIn, type JourneyContext } from './lib/journey.ts'

const LEAD_MS = 20_000

/** A datetime-local value in London time, to the second. */
function londonLocalWithSeconds(at: Date) {
  return `${toLondonLocal(at)}:${String(at.getUTCSeconds()).padStart(2, '0')}`
}

export async function officerSendsRapidResponseUnderEmbargo(ctx: JourneyContext) {
  const headline = `Chorus responds to the Eastbrook review ${Date.now()}`
  const officer = await openPage(ctx)
  const journalist = await openPage(ctx)
  const publicReader = await openPage(ctx)
  try {
    const { page } = officer
    await signIn(page, DEMO.officer)
    // Step 1: choose the situation.
    await page.goto('/officer/press/new')
    await hydrated(page)
    await page.getByLabel('A child death or serious case review is published').check()
    await page.getByRole('button', { name: 'Start the briefing' }).click()
    await page.waitForURL(/\/officer\/press\/[0-9a-f-]{36}$/)
    await hydrated(page)
    // Step 2: fill in the prefilled briefing.
    await page.getByLabel('Headline').fill(headline)
    await page.getByLabel('Standfirst').fill('The review finds caseloads of up to 30 children per social worker. Chorus calls for a national limit.')
    await page.getByRole('textbox', { name: 'Key lines' }).fill('## Our response\n\n- Caseloads of 30 are too high.\n- Supervision time must be protected.')
    await page.getByRole('textbox', { name: 'Key facts' }).fill('Caseloads of up to 30 children per social worker')
    await expectText(page, /Draft saved automatically/)
    // Step 3: embargo until a few seconds from now, and send.
    const lift = new Date(Date.now() + LEAD_MS)
    await page.getByLabel('Embargo until a time').check()
    await page.getByLabel('Embargo lifts at (London time)').fill(londonLocalWithSeconds(lift))
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expectText(page, 'Sent under embargo.')
    const href = await page.getByRole('link', { name: /^\/press\// }).getAttribute('href')
    assert.ok(href, 'the officer page links to the public address')

    // The public gets a 404 and finds nothing in the press room or the feed.
    const before = await publicReader.page.goto(href)
    assert.equal(before?.status(), 404)
    await publicReader.page.goto('/press')
    assert.equal(await publicReader.page.getByText(headline).count(), 0)
    const feed = await publicReader.page.request.get('/press/feed.xml')
    assert.match(feed.headers()['content-type'] ?? '', /application\/rss\+xml/)
    assert.ok(!(await feed.text()).includes(headline), 'the feed leaks the embargoed briefing')

    // The approved journalist reads it with the banner naming them, and has the alert.
    await signIn(journalist.page, DEMO.journalist, undefined, { landOn: '/press' })
    await journalist.page.goto(href)
    await expectText(journalist.page, /EMBARGOED UNTIL/)
    await expectText(journalist.page, 'Shown to Tom Ashworth, The Northfield Gazette.')
    // Nothing a link preview or a search engine could pick up before the lift.
    assert.equal(await journalist.page.locator('script[type="application/ld+json"]').count(), 0)
    assert.equal(await journalist.page.locator('meta[property^="og:"]').count(), 0)
    await readMail(journalist.page, DEMO.journalist, `EMBARGOED press briefing: ${headline}`)

    // The officer sees the journalist's view in the log.
    await page.reload()
    await expectText(page, 'Read under embargo')
    assert.ok((await page.locator('section[aria-labelledby="views-heading"] table').getByText('Tom Ashworth').count()) > 0, 'the view is logged')

    // After the lift the same URL is public, with no job having to run.
    await publicReader.page.waitForTimeout(Math.max(0, lift.getTime() - Date.now() + 1500))
    const after = await publicReader.page.goto(href)
    assert.equal(after?.status(), 200)
    await expectText(publicReader.page, headline)
    assert.equal(await publicReader.page.getByText(/EMBARGOED UNTIL/).count(), 0)
    const jsonLd = JSON.parse((await publicReader.page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    assert.equal(jsonLd['@type'], 'NewsArticle')
    assert.equal(jsonLd.headline, headline)
    assert.equal(await publicReader.page.locator('meta[property="og:title"]').getAttribute('content'), headline)
    await publicReader.page.goto('/press')
    await expectText(publicReader.page, headline)
  } finally {
    await Promise.all([officer.context.close(), journalist.context.close(), publicReader.context.close()])
  }
}

/** Without JavaScript: the plain Save button keeps the draft, and the same three steps publish it. */
export async function officerPublishesWithoutJavaScript(ctx: JourneyContext) {
  const headline = `Chorus responds to the budget announcement ${Date.now()}`
  const { context, page } = await openPage(ctx, { javaScriptEnabled: false })
  try {
    await signIn(page, DEMO.officer, undefined, { javaScript: false })
    await page.goto('/officer/press/new')
    await page.getByLabel('A government announcement').check()
    await page.getByRole('button', { name: 'Start the briefing' }).click()
    await page.waitForURL(/\/officer\/press\/[0-9a-f-]{36}$/)
    await page.getByLabel('Headline').fill(headline)
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expectText(page, 'Draft saved.')
    assert.equal(await page.getByLabel('Headline').inputValue(), headline)
    // The standfirst, key lines and key facts still have their [prompts]: sending is refused with a message beside each, and nothing is sent.
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expectText(page, 'Replace the [bracketed prompt] in the standfirst before sending')
    await expectText(page, 'Replace the [bracketed prompt] in the key lines before sending')
    await expectText(page, 'Replace the [bracketed prompt] in the key facts before sending')
    await page.getByLabel('Standfirst').fill('Chorus welcomes the money for training but warns it will not cut caseloads this year.')
    await page.getByRole('textbox', { name: 'Key lines' }).fill('## Our response\n\n- The money for training is welcome.\n- It will not cut caseloads this year.')
    await page.getByRole('textbox', { name: 'Key facts' }).fill('£50 million for training over three years')
    await page.getByLabel('Publish now').check()
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expectText(page, 'Published. It is in the press room now')
    await page.goto('/press')
    await expectText(page, headline)
  } finally {
    await context.close()
  }
}

export async function pressPagesHaveNoSeriousAxeViolations(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx)
  try {
    const problems: string[] = []
    for (const path of ['/press', '/press/chorus-responds-to-the-northfield-safeguarding-review', '/press/register', '/press/subscribe']) {
      const response = await page.goto(path)
      if (!response?.ok()) problems.push(`${path}: status ${response?.status()}`)
      const results = await new AxeBuilder({ page }).analyze()
      for (const v of results.violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          problems.push(
            `${path}: [${v.impact}] ${v.id}: ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          )
    }
    await signIn(page, DEMO.officer)
    for (const path of ['/officer/press', '/officer/press/new', '/officer/journalists']) {
      await page.goto(path)
      const results = await new AxeBuilder({ page }).analyze()
      for (const v of results.violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${path}: [${v.impact}] ${v.id}: ${v.help}`)
    }
    if (problems.length) throw new Error(`accessibility violations:\n  ${problems.join('\n  ')}`)
  } finally {
    await context.close()
  }
}
