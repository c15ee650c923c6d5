import { describe, expect, it, vi } from 'vitest'

const page = await vi.hoisted(() => import('../helpers/page-render.tsx'))
vi.mock('@remix-run/react', page.mockRemixHooks)

import { ReplySummary, type FormReply } from '../../app/components/forms.tsx'

const summaryOf = (result: FormReply, locale: 'en' | 'cy' = 'en') => page.renderPage(() => <ReplySummary result={result} />, { path: '/', data: null, locale })

/** A refusal whose problems belong to no field on the page (a button, a choice made elsewhere). */
describe('the summary of a refused form', () => {
  it('lists every problem in the reply, the form’s own first, under "There is a problem"', () => {
    expect(summaryOf({ error: { choice: ['Choose a candidate'], '': ['That ballot has closed.'], note: null } })).toBe(
      '<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">' +
        '<h2 id="error-summary-title" class="error-summary__title">There is a problem</h2>' +
        '<ul class="error-summary__list"><li>That ballot has closed.</li><li>Choose a candidate</li></ul></div>',
    )
  })

  it('says it in Welsh on a Welsh page', () => {
    expect(summaryOf({ error: { '': ['That device is already signed out.'] } }, 'cy')).toContain('<li>Mae&#x27;r ddyfais honno wedi&#x27;i hallgofnodi&#x27;n barod.</li>')
  })

  it('shows nothing when the reply has no problem', () => {
    for (const result of [undefined, null, {}, { error: null }, { error: { '': [] } }]) expect(summaryOf(result)).toBe('')
  })
})
