/**
 * Publishing in both languages: an officer writes a statement and a briefing, adds the Welsh
 * beside the English, and publishes; a reader at /cy reads the Welsh (`lang="cy"`), the English
 * page the English, each naming the other in `hreflang`; a journalist who chose Welsh alerts gets
 * the briefing's Welsh version in the alert.
 */
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { DEMO, expectHeading, expectText, hydrated, openPage, readMail, signIn, type JourneyContext } from './lib/journey.ts'

/** The page's language and its `hreflang` alternates (paths). */
async function languageOf(page: Page) {
  const lang = await page.locator('html').getAttribute('lang')
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '', location.href).pathname])))
  return { lang, alternates }
}

async function chooseAlertLanguage(page: Page, label: string) {
  await page.goto('/press/alerts')
  await hydrated(page)
  await page.getByLabel(label, { exact: true }).check()
  await page.getByRole('button', { name: 'Save alert language' }).click()
  await expectText(page, 'Your alert language is saved.')
}

export async function officerPublishesInWelshAndEnglishAndAWelshJournalistIsAlertedInWelsh(ctx: JourneyContext) {
  const stamp = Date.now()
  const statement = { title: `Safe staffing in every team ${stamp}`, titleCy: `Staffio diogel ym mhob tîm ${stamp}` }
  const briefing = { headline: `Chorus responds to the Tregarth review ${stamp}`, headlineCy: `Chorus yn ymateb i adolygiad Tregarth ${stamp}` }
  const standfirstCy = 'Mae’r adolygiad yn canfod bod gweithwyr cymdeithasol yn dal hyd at 30 o achosion. Mae Chorus yn galw am derfyn cenedlaethol.'
  const officer = await openPage(ctx)
  const journalist = await openPage(ctx)
  const reader = await openPage(ctx)
  try {
    // The journalist covers Wales and asks for alerts in Welsh.
    await signIn(journalist.page, DEMO.journalist, undefined, { landOn: '/press' })
    await chooseAlertLanguage(journalist.page, 'Welsh')

    // A statement, its Welsh written beside the English, then published.
    const { page } = officer
    await signIn(page, DEMO.officer)
    await page.goto('/officer/statements/new')
    await hydrated(page)
    await page.getByLabel('Title').fill(statement.title)
    await page.getByLabel('Summary').fill('Every social work team needs enough staff to keep children and adults safe.')
    await page.getByLabel('Statement', { exact: true }).fill('No team should carry **vacancies** for more than three months.')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await page.waitForURL(/\/officer\/statements\/[0-9a-f-]{36}$/)
    const statementPath = new URL(page.url()).pathname
    await page.goto(`${statementPath}/welsh`)
    await hydrated(page)
    await page.getByLabel('Title in Welsh').fill(statement.titleCy)
    await page.getByLabel('Summary in Welsh').fill('Mae angen digon o staff ar bob tîm gwaith cymdeithasol i gadw plant ac oedolion yn ddiogel.')
    await page.getByLabel('Statement in Welsh').fill('Ni ddylai unrhyw dîm gario **swyddi gwag** am fwy na thri mis.')
    await page.getByRole('button', { name: 'Save the Welsh version' }).click()
    await expectText(page, 'The Welsh version is saved. Welsh readers see it now.')
    await page.goto(`${statementPath}/status`)
    await hydrated(page)
    await page.getByRole('button', { name: 'Publish now' }).click()
    await expectText(page, 'Published. The statement is now public.')
    await page.goto(statementPath)
    const statementHref = await page.getByRole('link', { name: 'See the public page' }).getAttribute('href')
    assert.ok(statementHref, 'the officer page links to the public statement')

    // A briefing, its Welsh for Welsh media, then published.
    await page.goto('/officer/press/new')
    await hydrated(page)
    await page.getByLabel('A child death or serious case review is published').check()
    await page.getByRole('button', { name: 'Start the briefing' }).click()
    await page.waitForURL(/\/officer\/press\/[0-9a-f-]{36}$/)
    const briefingPath = new URL(page.url()).pathname
    await hydrated(page)
    await page.getByLabel('Headline').fill(briefing.headline)
    await page.getByLabel('Standfirst').fill('The review finds social workers holding up to 30 cases. Chorus calls for a national limit.')
    await page.getByRole('textbox', { name: 'Key lines' }).fill('## Our response\n\n- Caseloads of 30 are too high.')
    await page.getByRole('textbox', { name: 'Key facts' }).fill('Caseloads of up to 30 per social worker')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expectText(page, 'Draft saved.')
    await page.getByRole('link', { name: 'Welsh version, for Welsh media' }).click()
    await page.waitForURL(`**${briefingPath}/welsh`)
    await hydrated(page)
    await page.getByLabel('Headline in Welsh').fill(briefing.headlineCy)
    await page.getByLabel('Standfirst in Welsh').fill(standfirstCy)
    await page.getByLabel('Key lines in Welsh').fill('## Ein hymateb\n\n- Mae llwyth o 30 achos yn ormod.')
    await page.getByRole('button', { name: 'Save the Welsh version' }).click()
    await expectText(page, 'The Welsh version is saved. Welsh readers see it now.')
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: briefing.headline }).click()
    await page.waitForURL(`**${briefingPath}`)
    await hydrated(page)
    await page.getByLabel('Publish now').check()
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expectText(page, 'Published. It is in the press room now')
    const briefingHref = await page.getByRole('link', { name: /^\/press\// }).getAttribute('href')
    assert.ok(briefingHref, 'the officer page links to the public briefing')

    // A reader: the Welsh at /cy, the English at the English address, each naming the other.
    for (const [path, title] of [
      [statementHref, statement],
      [briefingHref, { title: briefing.headline, titleCy: briefing.headlineCy }],
    ] as const) {
      await reader.page.goto(`/cy${path}`)
      await expectHeading(reader.page, title.titleCy)
      const welsh = await languageOf(reader.page)
      assert.equal(welsh.lang, 'cy', `/cy${path} is marked as Welsh`)
      assert.equal(welsh.alternates['en-GB'], path, `/cy${path} names its English twin`)
      assert.equal(welsh.alternates.cy, `/cy${path}`)
      assert.equal(await reader.page.getByText(title.title).count(), 0, `/cy${path} shows no English title`)
      await reader.page.locator('header a[hreflang="en-GB"]').click()
      await reader.page.waitForURL(`**${path}`)
      await expectHeading(reader.page, title.title)
      const english = await languageOf(reader.page)
      assert.equal(english.lang, 'en-GB', `${path} is marked as English`)
      assert.equal(english.alternates.cy, `/cy${path}`, `${path} names its Welsh twin`)
    }

    // The journalist who chose Welsh has the Welsh version in the alert.
    const alert = await readMail(journalist.page, DEMO.journalist, `Briff i’r wasg: ${briefing.headlineCy}`)
    assert.ok(alert.includes(standfirstCy), 'the alert carries the Welsh standfirst')
    assert.ok(alert.includes(`/cy${briefingHref}`), 'the alert links to the Welsh page')
    assert.ok(!alert.includes(briefing.headline), 'the Welsh alert does not fall back to the English')
  } finally {
    // The demo journalist goes back to English alerts, as the other press journeys expect.
    await chooseAlertLanguage(journalist.page, 'English').catch(() => {})
    await Promise.all([officer.context.close(), journalist.context.close(), reader.context.close()])
  }
}
