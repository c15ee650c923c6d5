/** Sending only finished text, and withdrawing only on purpose: the press office's safeguards, without JavaScript. */
import assert from 'node:assert/strict'
import { DEMO, expectText, openPage, readMail, signIn, type JourneyContext } from './lib/journey.ts'

export async function officerCannotSendPromptsAndConfirmsWithdrawal(ctx: JourneyContext) {
  const headline = `Chorus responds to the workforce plan ${Date.now()}`
  const { context, page } = await openPage(ctx, { javaScriptEnabled: false })
  try {
    await signIn(page, DEMO.officer, undefined, { javaScript: false })
    await page.goto('/officer/press/new')
    await page.getByLabel('A government announcement').check()
    await page.getByRole('button', { name: 'Start the briefing' }).click()
    await page.waitForURL(/\/officer\/press\/[0-9a-f-]{36}$/)
    const briefingPath = new URL(page.url()).pathname

    // Only the headline is written: every other field still holding a [prompt] says so, beside it.
    await page.getByLabel('Headline').fill(headline)
    await page.getByLabel('Publish now').check()
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    for (const field of ['the standfirst', 'the key lines', 'the key facts']) await expectText(page, `Replace the [bracketed prompt] in ${field} before sending`)
    assert.equal(await page.getByText('Replace the [bracketed prompt] in the headline before sending').count(), 0)
    await page.goto('/press')
    assert.equal(await page.getByText(headline).count(), 0, 'a briefing with prompts left in was published')

    await page.goto(briefingPath)
    assert.equal(await page.getByLabel('Headline').inputValue(), headline, 'the edits were kept')
    await page.getByLabel('Standfirst').fill('Chorus welcomes the plan’s training places but warns they will not cut caseloads this year.')
    await page.getByRole('textbox', { name: 'Key lines' }).fill('## Our response\n\n- Training places are welcome.\n- Caseloads need a limit now.')
    await page.getByRole('textbox', { name: 'Key facts' }).fill('2,000 new training places over three years')
    await page.getByLabel('Publish now').check()
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expectText(page, 'Published. It is in the press room now')
    // The alert reaches the journalist first: an alert still queued when the briefing is withdrawn
    // is cancelled instead, and someone who never had the text is not told to drop it.
    await readMail(page, DEMO.journalist, `Press briefing: ${headline}`)
    await page.goto(briefingPath)

    // Withdrawing asks first, on a screen of its own; "No, keep it" changes nothing.
    await page.getByRole('link', { name: 'Withdraw this briefing' }).click()
    await expectText(page, 'Are you sure you want to withdraw this briefing?')
    await page.getByRole('link', { name: 'No, keep it' }).click()
    assert.equal(await page.getByText('Are you sure you want to withdraw this briefing?').count(), 0)
    await page.getByRole('link', { name: 'Withdraw this briefing' }).click()
    await page.getByLabel('Notice readers will see instead of the briefing').fill('This briefing quoted the wrong figures and has been withdrawn.')
    await page.getByRole('button', { name: 'Yes, withdraw this briefing' }).click()
    await expectText(page, 'Withdrawn. The briefing’s page now shows your notice')

    // The journalist alerted when it went out is told not to publish it.
    const text = await readMail(page, DEMO.journalist, `RELEASE WITHDRAWN — do not publish: ${headline}`)
    assert.match(text, /This briefing quoted the wrong figures and has been withdrawn\./)
  } finally {
    await context.close()
  }
}
