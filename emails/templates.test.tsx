import { afterEach, describe, expect, it } from 'vitest'
import { personalise, renderShared, unfilledPlaceholders } from '../app/domain/outbox/render.server.ts'
import { onMissingWelsh, translate, translateIfMessage } from '../app/i18n/translate.ts'
import { EMAIL_LANGUAGES, urlIn } from './components/language.ts'
import { postalAddress } from './components/layout.tsx'
import { templates } from './index.ts'
import { formatDate } from '../app/i18n/format.ts'

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

const ORIGIN = 'https://chorus.example'

afterEach(() => onMissingWelsh(null))

describe('email templates', () => {
  for (const [name, template] of Object.entries(templates)) {
    for (const language of EMAIL_LANGUAGES) {
      it(`${name} renders HTML and text in ${language} from its PreviewProps with nothing left unfilled and no English standing in for Welsh`, async () => {
        const missing: string[] = []
        onMissingWelsh((message) => missing.push(message))
        const { name: recipientName, unsubscribeUrl, preferencesUrl, ...data } = template.previewProps as unknown as Record<string, string>
        const shared = await renderShared(name, data, { withUnsubscribe: Boolean(unsubscribeUrl), language, origin: ORIGIN })
        const email = personalise(shared, { name: recipientName, unsubscribeUrl, preferencesUrl })
        expect(missing).toEqual([])
        expect(email.subject.length).toBeGreaterThan(5)
        expect(email.html).toMatch(/^<!DOCTYPE html/)
        expect(email.html).toContain(recipientName)
        expect(email.text).toContain(recipientName)
        expect(email.html).not.toContain('\0')
        expect(email.text).not.toContain('\0')
        expect(unfilledPlaceholders(email.html)).toEqual([])
        expect(unfilledPlaceholders(email.text)).toEqual([])
        expect(email.html.includes('\u0000') || email.text.includes('\u0000'), 'a NUL character, which PostgreSQL cannot store').toBe(false)
        const copies = language === 'both' ? (['cy', 'en'] as const) : [language]
        for (const locale of copies) {
          expect(email.text).toContain(postalAddress(locale))
          // Every value shows (a message id in this language, an instant as a date in it), but a choice (`kind`) picks wording rather than being shown itself.
          const shown = (value: string) => (INSTANT.test(value) ? formatDate(locale, value, 'long') : translateIfMessage(locale, urlIn(locale, value, ORIGIN)))
          for (const [key, value] of Object.entries(data)) if (typeof value === 'string' && key !== 'kind') expect(email.text).toContain(shown(value))
          if (unsubscribeUrl) {
            expect(email.text).toContain(urlIn(locale, unsubscribeUrl, ORIGIN))
            expect(email.html).toContain(urlIn(locale, unsubscribeUrl, ORIGIN).replace(/&/g, '&amp;'))
          }
        }
        if (language === 'en') expect(email.html).toMatch(/<html[^>]*lang="en-GB"/)
        if (language === 'cy') {
          expect(email.html).toMatch(/<html[^>]*lang="cy"/)
          expect(email.text).not.toContain('Civic Square')
          expect(email.text).not.toContain('You are getting this')
        }
        if (language === 'both') {
          expect(email.html).toContain('lang="cy"')
          expect(email.html).toContain('lang="en-GB"')
          // Welsh first: its footer comes before the English one, in the HTML and the text.
          expect(email.text.indexOf(postalAddress('cy'))).toBeLessThan(email.text.indexOf(postalAddress('en')))
          expect(email.html.indexOf(postalAddress('cy'))).toBeLessThan(email.html.indexOf(postalAddress('en')))
        }
      })
    }
  }

  it('gives someone who has not chosen a language both, Welsh first: the subject, a note, a rule between the two copies', async () => {
    const data = { resetUrl: `${ORIGIN}/reset-password?token=abc` }
    const cy = await renderShared('password-reset', data, { withUnsubscribe: false, language: 'cy', origin: ORIGIN })
    const en = await renderShared('password-reset', data, { withUnsubscribe: false, language: 'en', origin: ORIGIN })
    const both = personalise(await renderShared('password-reset', data, { withUnsubscribe: false, language: 'both', origin: ORIGIN }), { name: 'Amira' })
    expect(cy.subject).toBe('Ailosod eich cyfrinair Chorus')
    expect(en.subject).toBe('Reset your Chorus password')
    expect(both.subject).toBe('Ailosod eich cyfrinair Chorus / Reset your Chorus password')
    expect(both.text).toContain(translate('cy', 'This email is in Welsh, then English.'))
    expect(both.text.indexOf('Helo Amira')).toBeLessThan(both.text.indexOf('Hello Amira'))
    expect(both.html).toMatch(/<hr[^>]*border-top-width:4px/)
    // Each copy's links go to the pages in its language; the token survives.
    expect(both.text).toContain(`${ORIGIN}/cy/reset-password?token=abc`)
    expect(both.text).toContain(`${ORIGIN}/reset-password?token=abc`)
  })

  it('points the Welsh copy at the Welsh pages of Chorus only, never at another site', async () => {
    const data = { name: 'x', title: 'Pay', ballotUrl: `${ORIGIN}/ballots/1`, closes: '1 Rhagfyr', kind: 'motion' as const }
    const email = personalise(await renderShared('ballot-open', data, { withUnsubscribe: true, language: 'cy', origin: `${ORIGIN}/` }), {
      name: 'Amira',
      unsubscribeUrl: `${ORIGIN}/unsubscribe?token=t&x=1`,
      preferencesUrl: `${ORIGIN}/account#email`,
    })
    expect(email.text).toContain(`${ORIGIN}/cy/ballots/1`)
    expect(email.html).toContain(`${ORIGIN}/cy/unsubscribe?token=t&amp;x=1`)
    expect(email.html).toContain(`${ORIGIN}/cy/account#email`)
    expect(email.subject).toBe("Mae'r bleidlais ar agor: Pay")
    expect(email.text).toContain('Gallwch bleidleisio ar y cynnig hwn tan 1 Rhagfyr')
    expect(urlIn('cy', 'https://elsewhere.example/ballots/1', ORIGIN)).toBe('https://elsewhere.example/ballots/1')
    expect(urlIn('cy', `${ORIGIN}.evil.example/x`, ORIGIN)).toBe(`${ORIGIN}.evil.example/x`)
    expect(urlIn('cy', ORIGIN, ORIGIN)).toBe(`${ORIGIN}/cy`)
    expect(urlIn('cy', `${ORIGIN}/cy/join`, ORIGIN)).toBe(`${ORIGIN}/cy/join`)
  })

  it('renders once per template, data and language for any number of recipients', async () => {
    const data = { resetUrl: `${ORIGIN}/r?token=once` }
    const first = renderShared('password-reset', data, { withUnsubscribe: false, language: 'cy', origin: ORIGIN })
    expect(renderShared('password-reset', data, { withUnsubscribe: false, language: 'cy', origin: ORIGIN })).toBe(first)
    expect(renderShared('password-reset', { ...data, locale: 'cy' }, { withUnsubscribe: false, language: 'cy', origin: ORIGIN })).toBe(first)
    expect(renderShared('password-reset', data, { withUnsubscribe: false, language: 'en', origin: ORIGIN })).not.toBe(first)
  })

  it('counts motion supporters in Welsh with the singular noun after the number', async () => {
    const data = { title: 'Pay', supporters: 3, respondBy: '23 Rhagfyr 2026', motionUrl: `${ORIGIN}/motions/1` }
    const email = personalise(await renderShared('motion-needs-officers', data, { withUnsubscribe: false, language: 'cy', origin: ORIGIN }), { name: 'Dan' })
    expect(email.text).toContain('mae 3 aelod yn ei gefnogi')
  })

  it('escapes a recipient name in HTML but not in text', async () => {
    const shared = await renderShared('press-alert', { ...templates['press-alert'].previewProps }, { withUnsubscribe: true, language: 'en' })
    const email = personalise(shared, { name: 'Sam <O’Neil> & Co', unsubscribeUrl: 'https://x.test/u?a=1&b=2', preferencesUrl: 'https://x.test/p' })
    expect(email.html).toContain('Sam &lt;O’Neil&gt; &amp; Co')
    expect(email.html).not.toContain('<O’Neil>')
    expect(email.text).toContain('Sam <O’Neil> & Co')
  })

  it('press-follow-up says what changed first, in the subject and the email, for each kind of change', async () => {
    const base = { headline: 'Chorus responds to the Northfield review', briefingUrl: 'https://chorus.example/press/northfield' }
    const cases = [
      { data: { ...base, kind: 'withdrawn', embargoed: true, notice: 'Issued in error.' }, title: 'EMBARGOED RELEASE WITHDRAWN — do not publish', says: 'Issued in error.' },
      { data: { ...base, kind: 'withdrawn', embargoed: false, notice: 'Issued in error.' }, title: 'RELEASE WITHDRAWN — do not publish', says: 'Issued in error.' },
      {
        data: { ...base, kind: 'moved', embargoed: true, movedTo: '2 December 2026, 00:01', embargoNotice: 'EMBARGOED UNTIL 2 December 2026, 00:01' },
        title: 'EMBARGO MOVED to 2 December 2026, 00:01',
        says: 'EMBARGOED UNTIL 2 December 2026, 00:01',
      },
      {
        data: { ...base, kind: 'lifted-early', embargoed: false, wasEmbargoedUntil: '00:01 GMT, Tuesday 1 December 2026', liftedAt: '15:00 GMT, Monday 30 November 2026' },
        title: 'EMBARGO LIFTED EARLY — now free to publish (was embargoed until 00:01 GMT, Tuesday 1 December 2026)',
        says: 'lifted the embargo on this briefing early, at 15:00 GMT, Monday 30 November 2026. It was embargoed until 00:01 GMT, Tuesday 1 December 2026. You are now free to publish',
      },
      {
        data: {
          ...base,
          kind: 'corrected',
          embargoed: false,
          replacesSentAt: '30 November 2026, 09:30',
          correctionNote: 'The figure is 28.',
          standfirst: 'Caseloads of up to 28.',
          keyLines: ['• Caseloads are too high.'],
        },
        title: 'CORRECTED — replaces the version sent at 30 November 2026, 09:30',
        says: '• Caseloads are too high.',
      },
    ] as const
    for (const c of cases) {
      const email = personalise(await renderShared('press-follow-up', c.data, { withUnsubscribe: false, language: 'en' }), { name: 'Tom' })
      expect(email.subject).toBe(`${c.title}: ${base.headline}`)
      expect(email.text.indexOf(c.title)).toBeGreaterThanOrEqual(0)
      expect(email.text.indexOf(c.title)).toBeLessThan(email.text.indexOf(base.headline))
      expect(email.text).toContain(c.says)
      expect(unfilledPlaceholders(email.text)).toEqual([])
    }
    const welsh = personalise(await renderShared('press-follow-up', cases[0].data, { withUnsubscribe: false, language: 'cy' }), { name: 'Tom' })
    expect(welsh.subject).toBe(`DATGANIAD DAN EMBARGO WEDI’I DYNNU’N ÔL — peidiwch â’i gyhoeddi: ${base.headline}`)
  })
})
