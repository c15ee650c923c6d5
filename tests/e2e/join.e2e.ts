/** A social worker joins, pays on the Stripe emulator's checkout page and sees an active membership card. */
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { expectHeading, expectText, hydrated, openPage, uniqueEmail, type JourneyContext } from './lib/journey.ts'

let registration = Number(String(Date.now()).slice(-6))

async function fillJoinForm(page: Page, email: string, options: { javaScript: boolean }) {
  await page.goto('/join')
  if (options.javaScript) await hydrated(page)
  await expectHeading(page, 'Join Chorus')
  await page.getByLabel('Full name').fill('Sam Adeyemi')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Create a password').fill('a long enough password')
  await page.getByLabel(/^Full — £180\.00 a year/).check()
  await page.getByLabel('Once a year').check()
  await page.getByLabel('Regulator').selectOption('swe')
  registration += 1
  await page.getByLabel('Registration number').fill(`sw0${registration}`)
  await page.getByLabel('Nation').selectOption('england')
  await page.getByLabel('Branch').selectOption('North West')
  await page.getByLabel('Sector').selectOption('adults')
  await page.getByLabel('I agree to the Chorus membership terms and the code of conduct').check()
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await page.waitForURL(/\/checkout\/cs_/)
}

async function payWith(page: Page, card: string) {
  await page.getByLabel('Card number').fill(card)
  await page.getByLabel('Expiry date').fill('12/34')
  await page.getByLabel('Security code').fill('123')
  await page.getByLabel('Name on card').fill('Sam Adeyemi')
  await page.getByRole('button', { name: /^Pay / }).click()
}

async function joinAndPay(ctx: JourneyContext, javaScript: boolean) {
  const { context, page } = await openPage(ctx, { javaScriptEnabled: javaScript })
  try {
    await fillJoinForm(page, uniqueEmail(javaScript ? 'join' : 'join-nojs'), { javaScript })
    await payWith(page, '4242 4242 4242 4242')
    await page.waitForURL(/\/join\/complete/)
    await expectHeading(page, 'Welcome to Chorus')
    await page.getByRole('link', { name: 'See your membership card' }).click()
    await page.waitForURL(/\/account/)
    const card = page.locator('.membership-card')
    const text = await card.innerText()
    assert.match(text, /CH-\d{6}/)
    assert.match(text, /Active/)
    assert.match(text, /Social Work England SW\d+/)
    assert.match(text, /Not verified yet/)
  } finally {
    await context.close()
  }
}

export async function newSocialWorkerJoinsAndPays(ctx: JourneyContext) {
  await joinAndPay(ctx, true)
}

export async function joiningWorksWithoutJavaScript(ctx: JourneyContext) {
  await joinAndPay(ctx, false)
}

export async function aDeclinedCardLeavesTheMembershipPending(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx)
  try {
    await fillJoinForm(page, uniqueEmail('declined'), { javaScript: true })
    await payWith(page, '4000 0000 0000 0341')
    await expectText(page, 'Your card was declined. Try another card.')
    await page.goto('/account')
    await expectText(page, 'Your membership starts when your first payment reaches us.')
    await page.getByRole('button', { name: 'Continue to payment' }).waitFor()
    await expectText(page, 'Waiting for payment')
  } finally {
    await context.close()
  }
}
