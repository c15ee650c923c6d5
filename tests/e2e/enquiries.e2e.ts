/** Media enquiries: the public asks without JavaScript, an officer replies, the answer arrives by email. */
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { DEMO, expectHeading, expectText, hydrated, openPage, readMail, signIn, uniqueEmail, type JourneyContext } from './lib/journey.ts'

/** `datetime-local` value in London time, hours from now. */
function londonInHours(hours: number) {
  const at = new Date(Date.now() + hours * 3_600_000)
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${page.url()}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

export async function publicEnquiryWithoutJavaScriptIsAnsweredByEmail(ctx: JourneyContext) {
  const email = uniqueEmail('enquiry')
  const topic = `Agency staffing ${Date.now()}`
  const { page } = await openPage(ctx, { javaScriptEnabled: false })
  await page.goto('/press/enquiries/new')
  await expectHeading(page, 'Send a media enquiry')
  await page.getByLabel('Your name').fill('Sian Howells')
  await page.getByLabel('Outlet').fill('Radio Cymru')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Your deadline (UK time)').fill(londonInHours(-2))
  await page.getByLabel('What is your story about?').fill(topic)
  await page.getByLabel('Your question').fill('How many Welsh councils rely on agency social workers?')
  await page.getByRole('button', { name: 'Send enquiry' }).click()
  await expectText(page, 'There is a problem')
  await expectText(page, 'Your deadline must be in the future')
  assert.equal(await page.getByLabel('Your name').inputValue(), 'Sian Howells', 'answers are kept after an error')

  await page.getByLabel('Your deadline (UK time)').fill(londonInHours(4))
  await page.getByRole('button', { name: 'Send enquiry' }).click()
  await expectHeading(page, 'Enquiry sent')

  const officer = await openPage(ctx)
  await signIn(officer.page, DEMO.officer)
  await officer.page.goto('/officer/enquiries')
  await expectText(officer.page, /due in 3 h 5\d min|due in 4 h/)
  await officer.page.getByRole('link', { name: topic }).click()
  await officer.page.waitForURL(/\/officer\/enquiries\/[0-9a-f-]{36}$/)
  await expectHeading(officer.page, `${topic} Open`)
  await hydrated(officer.page)
  await officer.page.getByLabel('Your answer to the journalist').fill('Eleven of the 22 councils told us they rely on agency staff for a fifth of posts.')
  await officer.page.getByRole('button', { name: 'Send reply' }).click()
  await expectText(officer.page, /Reply sent/)

  const mail = await readMail(officer.page, email, `Chorus press office: ${topic}`)
  assert.match(mail, /Eleven of the 22 councils/)
  assert.match(mail, /Daniel Mensah, for the Chorus press office/)
}

export async function enquiryAndSpokespeoplePagesHaveNoSeriousAxeViolations(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  const problems: string[] = []
  for (const path of ['/press/enquiries/new', '/press/spokespeople']) {
    await page.goto(path)
    problems.push(...(await seriousViolations(page)))
  }
  await page.goto('/press/enquiries/new')
  await hydrated(page)
  await page.getByRole('button', { name: 'Send enquiry' }).click()
  await expectText(page, 'There is a problem')
  problems.push(...(await seriousViolations(page)))

  await signIn(page, DEMO.officer)
  for (const path of ['/officer/enquiries', '/officer/spokespeople', '/officer/spokespeople/new']) {
    await page.goto(path)
    problems.push(...(await seriousViolations(page)))
  }
  await page.goto('/officer/enquiries')
  await page.locator('table a').first().click()
  await page.locator('h1').waitFor()
  problems.push(...(await seriousViolations(page)))
  await page.goto('/officer/spokespeople')
  await page.locator('table a').first().click()
  await page.locator('h1').waitFor()
  problems.push(...(await seriousViolations(page)))
  assert.deepEqual(problems, [])
}

export async function journalistAsksABriefingsSpokespersonWithTheFormFilledIn(ctx: JourneyContext) {
  const { page } = await openPage(ctx, { javaScriptEnabled: false })
  await signIn(page, DEMO.journalist, undefined, { javaScript: false })
  await page.goto('/press')
  const roster = page.locator('[data-slot="spokespeople"]')
  await roster.getByRole('heading', { name: 'Spokespeople' }).waitFor()
  assert.ok(await roster.getByRole('link', { name: 'See all spokespeople' }).isVisible(), 'the press room links to the full roster')

  await page.getByRole('link', { name: 'Chorus responds to the Northfield safeguarding review' }).first().click()
  await expectHeading(page, 'Chorus responds to the Northfield safeguarding review')
  const onStory = page.locator('[data-slot="spokespeople"]')
  await onStory.getByRole('heading', { name: 'Spokespeople on this story' }).waitFor()
  // The briefing is on serious case reviews and children and families: Daniel and Amira speak on those, Priya does not.
  const names = await onStory.locator('h3').allInnerTexts()
  assert.deepEqual([...names].sort(), ['Amira Okafor', 'Daniel Mensah'])

  await onStory.getByRole('link', { name: /Ask to speak to Daniel Mensah/ }).click()
  await expectHeading(page, 'Send a media enquiry')
  assert.equal(await page.getByLabel('Outlet').inputValue(), 'The Northfield Gazette', 'the outlet comes from the press account')
  assert.equal(await page.getByLabel('Email address').inputValue(), 'journalist@chorus.test')
  assert.equal(await page.getByLabel('What is your story about?').inputValue(), 'Chorus responds to the Northfield safeguarding review')
  assert.match(
    await page
      .getByLabel(/Would you like to speak to someone in particular/)
      .locator('option:checked')
      .innerText(),
    /^Daniel Mensah/,
  )
}
