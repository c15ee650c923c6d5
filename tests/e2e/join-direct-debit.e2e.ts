/**
 * A social worker applies, leaves at the payment page, comes back to /join to finish paying, pays
 * by Bacs Direct Debit on the Stripe emulator's checkout page, waits while the payment is
 * processing, and is an active member once the emulator clears it.
 */
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expectHeading, expectText, hydrated, openPage, uniqueEmail, type JourneyContext } from './lib/journey.ts'

async function noSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.help}`),
    [],
    `axe on ${page.url()}`,
  )
}

export async function anAbandonedApplicationIsFinishedByDirectDebitAndBecomesActiveWhenItClears(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx)
  try {
    await page.goto('/join')
    await hydrated(page)
    await expectHeading(page, 'Join Chorus')
    await page.getByLabel('Full name').fill('Rhian Morgan')
    await page.getByLabel('Email address').fill(uniqueEmail('direct-debit'))
    await page.getByLabel('Create a password').fill('a long enough password')
    await page.getByLabel(/^Full — £180\.00 a year/).check()
    await page.getByLabel('Once a year').check()
    await page.getByLabel('Regulator').selectOption('scw')
    await page.getByLabel('Registration number').fill(String(Date.now()).slice(-7).replace(/^0/, '1'))
    await page.getByLabel('Nation').selectOption('wales')
    // With JavaScript, the branch list holds the chosen nation's branches only.
    const branches = await page.getByLabel('Branch').locator('option').allInnerTexts()
    assert.ok(branches.includes('South East Wales') && !branches.includes('London'), `branches offered for Wales: ${branches.join(', ')}`)
    await page.getByLabel('Branch').selectOption('South East Wales')
    await page.getByLabel('Sector').selectOption('children')
    await page.getByLabel('I agree to the Chorus membership terms and the code of conduct').check()
    await page.getByRole('button', { name: 'Continue to payment' }).click()
    await page.waitForURL(/\/checkout\/cs_/)
    await expectText(page, 'Pay by Bacs Direct Debit')

    // They leave without paying, and come back later.
    await page.getByRole('link', { name: 'Cancel and go back' }).click()
    await page.waitForURL(/\/join\/complete/)
    await page.goto('/join')
    await expectHeading(page, 'Finish joining Chorus')
    await expectText(page, 'Change your details')
    await noSeriousAxeViolations(page)
    await page.getByRole('button', { name: 'Finish paying' }).click()
    await page.waitForURL(/\/checkout\/cs_/)
    const emulator = new URL(page.url()).origin

    await page.getByLabel('Name of the account holder').fill('Rhian Morgan')
    assert.match(await page.getByLabel('Email address').inputValue(), /@/, 'the Direct Debit confirmation address is filled in from the account')
    await page.getByLabel('Sort code').fill('10-88-00')
    await page.getByLabel('Account number').fill('00012345')
    await page.getByLabel(/I confirm that I am the account holder/).check()
    await noSeriousAxeViolations(page)
    await page.getByRole('button', { name: /^Set up Direct Debit and pay/ }).click()
    await page.waitForURL(/\/join\/complete/)
    await expectHeading(page, 'Your Direct Debit is set up')

    await page.goto('/account')
    await expectText(page, 'Your Direct Debit payment is being processed; it usually takes 3 working days.')
    await expectText(page, 'Direct Debit payment processing')
    assert.match(await page.locator('.membership-card').innerText(), /Direct Debit payment processing/)

    // Three working days later: the emulator clears the payment.
    await page.goto(`${emulator}/_emulator/bacs`)
    await expectText(page, /1 Direct Debit payment is waiting to clear|Direct Debit payments are waiting to clear/)
    await page.getByRole('button', { name: 'Clear pending payments now' }).click()
    await expectText(page, /0 Direct Debit payments are waiting to clear/)

    await page.goto('/account')
    const card = await page.locator('.membership-card').innerText()
    assert.match(card, /Active/)
    assert.match(card, /Social Care Wales \d+/)
    await page.getByRole('link', { name: 'Statement of fees paid' }).click()
    await expectHeading(page, 'Statement of membership fees paid')
    await expectText(page, '£180.00')
    await expectText(page, 'Check HMRC’s approved list for Chorus before you claim.')
  } finally {
    await context.close()
  }
}
