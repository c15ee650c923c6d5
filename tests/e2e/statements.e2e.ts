/**
 * Position statements end to end: an officer drafts and consults, a member comments, members
 * adopt it by vote, it publishes itself and is endorsed; officer and public pages pass axe.
 */
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { DEMO, expectHeading, expectText, hydrated, openPage, signIn, type JourneyContext } from './lib/journey.ts'

/** A `datetime-local` value in London time, to the second. */
function londonLocal(msFromNow: number) {
  return new Date(Date.now() + msFromNow).toLocaleString('sv-SE', { timeZone: 'Europe/London' }).replace(' ', 'T')
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  assert.deepEqual(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    ),
    [],
    `axe on ${page.url()}`,
  )
}

async function until(what: string, seconds: number, check: () => Promise<boolean>) {
  const deadline = Date.now() + seconds * 1000
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`${what} did not happen within ${seconds} s`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

async function voteFor(page: Page, ballotPath: string) {
  await until('voting opening', 15, async () => {
    await page.goto(ballotPath)
    return (await page.getByRole('button', { name: 'Cast my vote' }).count()) > 0
  })
  await hydrated(page)
  await page.getByLabel('For', { exact: true }).check()
  await page.getByRole('button', { name: 'Cast my vote' }).click()
  await expectText(page, 'Your receipt code is')
  await expectHeading(page, 'Your vote is cast')
}

export async function officerDraftsConsultsAndMembersAdoptAndEndorseAStatement(ctx: JourneyContext) {
  const officer = await openPage(ctx)
  const member = await openPage(ctx)
  const title = `Protected supervision time ${Date.now()}`
  const comment = 'Please say how this applies to agency social workers.'
  try {
    const o = officer.page
    await signIn(o, DEMO.officer)
    await o.goto('/officer')
    await o.getByRole('link', { name: 'Position statements' }).click()
    await o.waitForURL(/\/officer\/statements$/)
    await o.getByRole('link', { name: 'Draft a statement' }).click()
    await o.waitForURL(/\/officer\/statements\/new$/)
    await expectHeading(o, 'Draft a statement')
    await hydrated(o)
    await o.getByLabel('Title').fill(title)
    await o.getByLabel('Summary').fill('Every social worker should have an hour and a half of reflective supervision a fortnight, in their contract.')
    await o.getByLabel('Statement', { exact: true }).fill('## What we are saying\n\nSupervision is **not optional**.\n\n- protected time\n- a trained supervisor')
    await o.getByLabel('Topics (optional)').fill('workforce, supervision')
    await o.getByRole('button', { name: 'Save draft' }).click()
    await o.waitForURL(/\/officer\/statements\/[0-9a-f-]{36}$/)
    await expectText(o, 'Draft saved. Only officers can see it.')

    await o.getByRole('link', { name: 'Consultation', exact: true }).click()
    await o.waitForURL(/\/consultation$/)
    await expectHeading(o, `Consultation: ${title}`)
    await o.getByLabel('Comments close (UK time)').fill(londonLocal(7 * 86_400_000).slice(0, 16))
    await o.getByRole('button', { name: 'Open the consultation' }).click()
    await expectText(o, 'The consultation is open.')

    const m = member.page
    await signIn(m, DEMO.member)
    await m.goto('/statements')
    await m.getByRole('link', { name: title }).click()
    await m.waitForURL(/\/consultation$/)
    await expectHeading(m, title)
    await m.getByLabel('Your comment').fill(comment)
    await m.getByRole('button', { name: 'Send my comment' }).click()
    await expectText(m, 'Thank you. Your comment is with the officers')
    await expectText(m, comment)

    await o.reload()
    await expectText(o, comment)
    await o.getByRole('button', { name: /Mark as addressed/ }).click()
    await expectText(o, 'Marked as addressed.')

    await o.getByRole('link', { name: 'Adoption and status' }).click()
    await o.waitForURL(/\/status$/)
    await o.getByLabel('Voting opens (UK time)').fill(londonLocal(-60_000))
    await o.getByLabel('Voting closes (UK time)').fill(londonLocal(20_000))
    await o.getByRole('button', { name: 'Put it to members’ vote' }).click()
    // The officer is taken to the new ballot, with what happened said at the top.
    await o.waitForURL(/\/officer\/ballots\/[0-9a-f-]{36}$/)
    await expectText(o, 'The motion to adopt this statement is scheduled.')
    const ballotId = new URL(o.url()).pathname.split('/').pop()
    assert.match(ballotId ?? '', /^[0-9a-f-]{36}$/)

    await voteFor(m, `/ballots/${ballotId}`)
    await voteFor(o, `/ballots/${ballotId}`)

    await until('the statement publishing itself after the vote', 40, async () => {
      await m.goto('/statements')
      return (await m.getByRole('link', { name: title }).count()) > 0 && (await m.getByRole('link', { name: title }).first().getAttribute('href'))?.endsWith('/consultation') === false
    })
    await m.getByRole('link', { name: title }).first().click()
    await m.waitForURL(/\/statements\/protected-supervision-time-\d+$/)
    await expectHeading(m, title)
    await expectText(m, /Version 1 · adopted/)
    await expectText(m, 'adopted by a vote of members')
    await m.getByRole('button', { name: 'I stand behind this' }).click()
    await expectText(m, 'Thank you. You stand behind this statement.')
    await expectText(m, '1 member stands behind this')
    await expectText(m, 'England: 1')
    await m.getByRole('link', { name: 'Version 1', exact: true }).waitFor()
    await expectNoSeriousAxeViolations(m)
  } finally {
    await officer.context.close()
    await member.context.close()
  }
}

/** As the demo admin (an officer too): the demo officer's sign-ins are counted by the login rate limit across all journeys. */
export async function officerStatementPagesHaveNoSeriousAxeViolations(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx)
  try {
    await signIn(page, DEMO.admin)
    await page.goto('/officer/statements/new')
    await hydrated(page)
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expectText(page, 'There is a problem')
    await expectNoSeriousAxeViolations(page)
    await page.getByLabel('Title').fill('Learning from serious case reviews')
    await page.getByLabel('Summary').fill('Reviews should help practice improve, not find someone to blame.')
    await page.getByLabel('Statement', { exact: true }).fill('## Why\n\nBecause blame drives people out. <script>alert(1)</script>')
    await page.getByRole('button', { name: 'Preview' }).click()
    await expectText(page, 'Preview: how the public page will read')
    await page.locator('#preview h2', { hasText: 'Why' }).waitFor()
    assert.equal(await page.locator('#preview script').count(), 0)
    await expectNoSeriousAxeViolations(page)
    for (const path of ['/officer/statements', '/officer']) {
      await page.goto(path)
      await expectNoSeriousAxeViolations(page)
    }
    await page.goto('/officer/statements')
    await page.getByRole('link', { name: 'Safe caseloads for children’s social workers' }).click()
    await expectNoSeriousAxeViolations(page)
    await page.getByRole('link', { name: 'Adoption and status' }).click()
    await expectNoSeriousAxeViolations(page)
  } finally {
    await context.close()
  }
}

export async function officerPreviewsAndPublishesWithoutJavaScriptAndVersionsCompare(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx, { javaScriptEnabled: false })
  const title = `Pay that matches the job ${Date.now()}`
  try {
    await signIn(page, DEMO.admin, undefined, { javaScript: false })
    await page.goto('/officer/statements/new')
    await page.getByLabel('Title').fill(title)
    await page.getByLabel('Summary').fill('Social work pay should reflect the responsibility the job carries.')
    await page.getByLabel('Statement', { exact: true }).fill('Pay has fallen behind **ten years** running.')
    await page.getByRole('button', { name: 'Preview' }).click()
    await expectText(page, 'Preview: how the public page will read')
    await page.locator('#preview strong', { hasText: 'ten years' }).waitFor()
    assert.equal(await page.getByLabel('Title').inputValue(), title, 'the typed text survives the preview')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await page.waitForURL(/\/officer\/statements\/[0-9a-f-]{36}$/)
    await page.getByRole('link', { name: 'Adoption and status' }).click()
    await page.getByRole('button', { name: 'Publish now' }).click()
    await expectText(page, 'Published. The statement is now public.')

    await page.getByRole('link', { name: 'Text', exact: true }).click()
    await page.getByLabel('Statement', { exact: true }).fill('Pay has fallen behind **twelve years** running.')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expectText(page, 'Say what changed in this version')
    await page.getByLabel('What changed in this version').fill('Corrected the number of years')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expectText(page, 'Version 2 is published.')

    await page.getByRole('link', { name: 'See the public page' }).click()
    await page.getByRole('link', { name: /what changed/ }).click()
    await expectHeading(page, 'Changes from version 1 to version 2')
    await page.locator('.diff del', { hasText: 'ten' }).first().waitFor()
    await page.locator('.diff ins', { hasText: 'twelve' }).first().waitFor()
    await page.getByRole('link', { name: 'Read version 1' }).click()
    await expectText(page, 'This is not the current version.')
    const slug = new URL(page.url()).pathname.split('/')[2]
    const missing = await page.goto(`/statements/${slug}/versions/9`)
    assert.equal(missing?.status(), 404)
    await expectHeading(page, 'Version not found')
    const bad = await page.goto(`/statements/${slug}/diff?from=first&to=2`)
    assert.equal(bad?.status(), 400)
    await expectHeading(page, 'Those versions cannot be compared')
  } finally {
    await context.close()
  }
}

export async function consultationAndVersionPagesHaveNoSeriousAxeViolations(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx)
  const consultation = '/statements/reflective-supervision-in-every-contract/consultation'
  try {
    for (const path of ['/statements/safe-caseloads-for-childrens-social-workers/versions/1', '/statements/safe-caseloads-for-childrens-social-workers/diff?from=1&to=1', consultation]) {
      await page.goto(path)
      await expectNoSeriousAxeViolations(page)
    }
    await expectText(page, 'Sign in')
    await page.getByRole('link', { name: 'Sign in', exact: true }).last().click()
    await page.waitForURL(/\/login\?redirectTo=/)
    await signIn(page, DEMO.member, undefined, { from: null, landOn: consultation })
    await page.getByRole('button', { name: 'Send my comment' }).click()
    await expectText(page, 'Enter your comment')
    await expectNoSeriousAxeViolations(page)
  } finally {
    await context.close()
  }
}
