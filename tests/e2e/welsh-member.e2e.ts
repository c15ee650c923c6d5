/**
 * A social worker who lives in Welsh: joins, pays and reads the welcome email in Welsh; a member
 * votes, checks the receipt and endorses a statement in Welsh — all without JavaScript. Every label
 * and message the journey looks for is read from the Welsh catalog, so a missing translation fails it.
 */
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import welsh from '../../app/i18n/cy/index.ts'
import { installWelsh, translate } from '../../app/i18n/translate.ts'
import { DEMO, DEMO_PASSWORD, DEMO_TOTP, expectHeading, expectText, freshTotpCode, hydrated, openPage, readMail, uniqueEmail, type JourneyContext } from './lib/journey.ts'

installWelsh(welsh)

/** The Welsh of an English message; fails if Chorus has none. */
function cy(message: string, values?: Record<string, string | number>) {
  assert.ok(welsh[message] !== undefined, `no Welsh for "${message}"`)
  return translate('cy', message, values)
}

async function expectWelshPage(page: Page, pathname: RegExp | string) {
  const path = new URL(page.url()).pathname
  if (typeof pathname === 'string') assert.equal(path, pathname)
  else assert.match(path, pathname)
  assert.equal(await page.locator('html').getAttribute('lang'), 'cy', `${path} is in Welsh`)
}

/**
 * Signs in on the Welsh sign-in page. A member whose saved language is English (other journeys
 * signed this account in on English pages, which records English) lands in English, as Chorus
 * promises; they choose Welsh on their account page, which takes them to the Welsh account page.
 */
async function signInInWelsh(page: Page, email: string) {
  await page.goto('/cy/login')
  await page.getByLabel(cy('Email address')).fill(email)
  await page.getByLabel(cy('Password'), { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: cy('Sign in') }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  if (new URL(page.url()).pathname === '/cy/login/code') {
    await page.getByLabel(cy('Code'), { exact: true }).fill(await freshTotpCode(DEMO_TOTP[email]))
    await page.getByRole('button', { name: cy('Continue') }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
  }
  if (!new URL(page.url()).pathname.startsWith('/cy/')) {
    await page.goto('/account')
    await page.locator('input[name="locale"][value="cy"]').check()
    await page.locator('button[name="intent"][value="save-language"]').click()
    await page.waitForURL((url) => url.pathname === '/cy/account')
  }
  await expectWelshPage(page, /^\/cy\//)
}

export async function socialWorkerJoinsAndPaysInWelshWithoutJavaScript(ctx: JourneyContext) {
  const { page } = await openPage(ctx, { javaScriptEnabled: false })
  const email = uniqueEmail('ymuno')
  await page.goto('/cy/join')
  await expectHeading(page, cy('Join Chorus'))
  await page.getByLabel(cy('Full name')).fill('Catrin Pritchard')
  await page.getByLabel(cy('Email address')).fill(email)
  await page.getByLabel(cy('Create a password')).fill('cyfrinair digon hir')
  await page.locator('input[name="tierId"]').first().check()
  await page.getByLabel(cy('Once a year')).check()
  await page.getByLabel(cy('Regulator')).selectOption('scw')
  await page.getByLabel(cy('Registration number')).fill(String(Date.now()).slice(-7))
  await page.getByLabel(cy('Nation')).selectOption('wales')
  await page.getByLabel(cy('Branch')).selectOption('North Wales')
  await page.getByLabel(cy('Sector')).selectOption('adults')
  await page.getByLabel(cy('I agree to the Chorus membership terms and the code of conduct')).check()
  await page.getByRole('button', { name: cy('Continue to payment') }).click()
  // Stripe has no Welsh: its page is in English, and it returns to the Welsh site.
  await page.waitForURL(/\/checkout\/cs_/)
  await page.getByLabel('Card number').fill('4242 4242 4242 4242')
  await page.getByLabel('Expiry date').fill('12/34')
  await page.getByLabel('Security code').fill('123')
  await page.getByLabel('Name on card').fill('Catrin Pritchard')
  await page.getByRole('button', { name: /^Pay / }).click()
  await page.waitForURL(/\/cy\/join\/complete/)
  await expectWelshPage(page, '/cy/join/complete')
  await expectHeading(page, cy('Welcome to Chorus'))
  await page.getByRole('link', { name: cy('See your membership card') }).click()
  await expectWelshPage(page, '/cy/account')
  const card = await page.locator('.membership-card').innerText()
  assert.match(card, /CH-\d{6}/)
  assert.ok(card.includes(cy('Active')), `the card says ${cy('Active')}: ${card}`)
  // The welcome email comes in Welsh: she joined on the Welsh site, so Welsh is her language.
  const number = /CH-\d{6}/.exec(card)![0]
  const mail = await readMail(page, email, cy('Welcome to Chorus — membership {membershipNumber}', { membershipNumber: number }))
  assert.ok(!mail.includes('This email is in Welsh, then English'), 'one language, not both')
}

export async function memberVotesAndEndorsesInWelshWithoutJavaScript(ctx: JourneyContext) {
  const { page } = await openPage(ctx, { javaScriptEnabled: false })
  // The demo admin is a member too, and no other journey votes with that account.
  await signInInWelsh(page, DEMO.admin)
  await page.goto('/cy/ballots')
  await page
    .getByRole('link', { name: /caseload/i })
    .first()
    .click()
  await page.waitForURL(/\/cy\/ballots\/[0-9a-f-]{36}$/)
  await page.getByLabel(cy('For'), { exact: true }).check()
  await page.getByRole('button', { name: cy('Cast my vote') }).click()
  await expectHeading(page, cy('Your vote is cast'))
  await expectWelshPage(page, /^\/cy\/ballots\//)
  const receipt = (await page.getByTestId('receipt').innerText()).trim()
  await page.getByRole('link', { name: cy('Check your receipt') }).click()
  await page.waitForURL(/\/cy\/ballots\/[0-9a-f-]{36}\/verify$/)
  await page.getByLabel(cy('Receipt code')).fill(receipt)
  await page.getByRole('button', { name: cy('Check') }).click()
  await expectText(page, cy('Your vote is in the ballot box.'))

  await page.goto('/cy/statements')
  const adopted = await page
    .locator('main a[href^="/cy/statements/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '').filter((href) => /^\/cy\/statements\/[a-z0-9-]+$/.test(href) && !/feed/.test(href)))
  assert.ok(adopted.length > 0, 'the Welsh statements page lists an adopted statement')
  await page.goto(adopted[0])
  await expectWelshPage(page, /^\/cy\/statements\/[a-z0-9-]+$/)
  const endorse = page.locator('button[name="intent"][value="endorse"]')
  if ((await endorse.count()) === 0) {
    await page.locator('button[name="intent"][value="withdraw"]').click()
    await expectText(page, cy('You no longer endorse this statement.'))
  }
  await page.locator('button[name="intent"][value="endorse"]').click()
  await expectText(page, cy('Thank you. You stand behind this statement.'))
  await expectWelshPage(page, /^\/cy\/statements\/[a-z0-9-]+$/)
}

export async function welshFormsStayInWelshWithJavaScript(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await signInInWelsh(page, DEMO.member)
  await expectWelshPage(page, '/cy/account')
  await hydrated(page)
  // A form answered with a redirect, followed by Remix in the browser, stays on the Welsh page.
  await page.getByRole('button', { name: cy('Save email choices') }).click()
  await expectText(page, cy('Your email choices are saved.'))
  await expectWelshPage(page, '/cy/account')
  await page
    .getByRole('link', { name: cy('Ballots') })
    .first()
    .click()
  await page.waitForURL(/\/cy\/ballots$/)
  await expectWelshPage(page, '/cy/ballots')
}
