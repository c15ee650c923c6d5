/** The core forms and pages work with JavaScript disabled (joining and voting are in join and voting). */
import assert from 'node:assert/strict'
import { DEMO, expectHeading, expectPath, expectText, openPage, signIn, uniqueEmail, type JourneyContext } from './lib/journey.ts'

export async function memberSignsInWithoutJavaScript(ctx: JourneyContext) {
  const { page } = await openPage(ctx, { javaScriptEnabled: false })
  await signIn(page, DEMO.member, undefined, { javaScript: false })
  await expectHeading(page, 'Your account')
}

export async function journalistRegistersWithoutJavaScript(ctx: JourneyContext) {
  const { page } = await openPage(ctx, { javaScriptEnabled: false })
  const email = uniqueEmail('reporter')
  await page.goto('/press/register')
  await page.getByLabel('Full name').fill('Sam Reporter')
  await page.getByLabel('Outlet').fill('The Northfield Gazette')
  await page.getByLabel('Your role').fill('Social affairs correspondent')
  await page.getByLabel('Work email address').fill(email)
  await page.getByLabel('Password').fill('a long enough password')
  // Forgetting the beats is caught with a message, and nothing typed is lost but the password.
  await page.getByRole('button', { name: 'Register' }).click()
  await expectText(page, 'Choose at least one topic you cover')
  assert.equal(await page.getByLabel('Outlet').inputValue(), 'The Northfield Gazette')
  await page.getByLabel('Password').fill('a long enough password')
  await page.getByLabel('Serious case reviews').check()
  await page.getByRole('button', { name: 'Register' }).click()
  // The same answer whether or not the address has an account: check your email.
  expectPath(page, '/press/register')
  await expectHeading(page, 'Check your email')
  await expectText(page, email)
}

export async function readerReadsABriefingWithoutJavaScript(ctx: JourneyContext) {
  const { page } = await openPage(ctx, { javaScriptEnabled: false })
  await page.goto('/press')
  const first = page
    .locator('main a[href^="/press/"]')
    .filter({ hasNotText: /feed|register|subscribe|enquir|spokes/i })
    .first()
  const headline = (await first.innerText()).trim()
  await first.click()
  await expectHeading(page, headline)
  assert.ok((await page.locator('main').innerText()).length > 400, 'the briefing text is on the page')
}
