/** After a form comes back with errors, focus moves to the error summary: once per submission. */
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { expectText, hydrated, openPage, uniqueEmail, type JourneyContext } from './lib/journey.ts'

const focusedIsSummary = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false)

async function submitAndWait(page: Page, button: string, pathname: string) {
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith(pathname))
  await page.getByRole('button', { name: button }).click()
  await posted
  await page
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: 'There is a problem' }) })
    .waitFor()
}

export async function signInErrorSummaryTakesFocusEachSubmission({ browser, baseUrl }: JourneyContext) {
  const { page } = await openPage({ browser, baseUrl })
  await page.goto('/login')
  await hydrated(page)
  const email = uniqueEmail('focus')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill('not-the-password')
  await submitAndWait(page, 'Sign in', '/login')
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))

  // Typing again leaves focus where the person is typing.
  await page.getByLabel('Password', { exact: true }).fill('still-not-the-password')
  assert.equal(await focusedIsSummary(page), false, 'focus moved while typing')

  // The next submission with the same problem takes focus to the summary again.
  await submitAndWait(page, 'Sign in', '/login')
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
}

export async function serverErrorSummaryTakesFocus({ browser, baseUrl }: JourneyContext) {
  const { page } = await openPage({ browser, baseUrl })
  await page.goto('/press/subscribe')
  await hydrated(page)
  await page.getByLabel('Email address').fill('not an email address')
  await submitAndWait(page, 'Subscribe', '/press/subscribe')
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
}

export async function homePageSaysWhatChorusIsSaying({ browser, baseUrl }: JourneyContext) {
  const { page } = await openPage({ browser, baseUrl })
  await page.goto('/')
  await expectText(page, 'Latest from the press office')
  await expectText(page, 'Latest position statements')
  const nations = await page.getByTestId('members-by-nation').innerText()
  for (const nation of ['England', 'Scotland', 'Wales', 'Northern Ireland']) assert.match(nations, new RegExp(nation))
}
