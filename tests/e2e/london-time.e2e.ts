/** UK time at its edges: a date that does not exist, and the hour that happens twice when clocks go back. */
import assert from 'node:assert/strict'
import { DEMO, expectText, hydrated, openPage, signIn, type JourneyContext } from './lib/journey.ts'

/** Clocks go back at 02:00 BST on Sunday 31 October 2027, so 01:30 happens twice that day. */
const TWICE = '2027-10-31T01:30'

export async function officerAnswersWhichHourAnEmbargoLiftsAt(ctx: JourneyContext) {
  const headline = `Chorus responds to the Westmere review ${Date.now()}`
  const officer = await openPage(ctx)
  const journalist = await openPage(ctx)
  try {
    const { page } = officer
    await signIn(page, DEMO.officer)
    await page.goto('/officer/press/new')
    await hydrated(page)
    await page.getByLabel('A child death or serious case review is published').check()
    await page.getByRole('button', { name: 'Start the briefing' }).click()
    await page.waitForURL(/\/officer\/press\/[0-9a-f-]{36}$/)
    await hydrated(page)
    await page.getByLabel('Headline').fill(headline)
    await page.getByLabel('Standfirst').fill('The review finds caseloads of up to 30 children per social worker. Chorus calls for a national limit.')
    await page.getByRole('textbox', { name: 'Key lines' }).fill('## Our response\n\n- Caseloads of 30 are too high.\n- Supervision time must be protected.')
    await page.getByRole('textbox', { name: 'Key facts' }).fill('Caseloads of up to 30 children per social worker')
    await page.getByLabel('Embargo until a time').check()
    const field = page.getByLabel('Embargo lifts at (London time)')
    const fieldGroup = page.locator('.form-group').filter({ has: field })

    // Chromium's date picker will not hold 30 February; a browser without one sends what was typed.
    await field.evaluate((input: HTMLInputElement) => {
      input.type = 'text'
    })
    await field.fill('2027-02-30T00:01')
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expectText(page, '30 February 2027 does not exist')
    await fieldGroup.getByText('30 February 2027 does not exist').waitFor()
    assert.equal(await page.getByText('Sent under embargo.').count(), 0, 'an impossible date sent the briefing')

    // The hour that happens twice: the form asks which, beside the field.
    await field.fill(TWICE)
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await fieldGroup.getByText('Clocks go back at 02:00 on Sunday 31 October 2027, so 01:30 happens twice that day.').waitFor()
    await expectText(page, 'Which 01:30 do you mean?')
    assert.equal(await page.getByText('Sent under embargo.').count(), 0, 'an ambiguous time sent the briefing')
    await page.getByLabel('01:30 GMT (the second, after the clocks go back)').check()
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expectText(page, 'Sent under embargo.')
    // The second 01:30: an hour after the first, and shown as GMT.
    await expectText(page, 'embargoed until 01:30 GMT, Sunday 31 October 2027')
    const href = await page.getByRole('link', { name: /^\/press\// }).getAttribute('href')
    assert.ok(href, 'the officer page links to the public address')

    // The journalist reads the embargo line as press offices write it, and the release ends with ENDS.
    await signIn(journalist.page, DEMO.journalist, undefined, { landOn: '/press' })
    await journalist.page.goto(href)
    await expectText(journalist.page, 'EMBARGOED UNTIL 01:30 GMT, Sunday 31 October 2027.')
    await journalist.page.getByText('ENDS', { exact: true }).waitFor()
  } finally {
    await Promise.all([officer.context.close(), journalist.context.close()])
  }
}
