import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listRouteModules, routesDir } from '../helpers/route-modules.ts'

/**
 * One way for forms: every route whose action reads a request body parses it with Conform +
 * zod (`parseWithZod`), so a bad field is answered the same way everywhere (one reply shape,
 * errors beside fields and in the summary). Read from the source so a new route is covered.
 */

/** Actions that read a body that is not a form, each with the reason. */
const EXEMPT: Record<string, string> = {
  'webhooks.resend.ts': 'a signed JSON event from Resend: the signature is checked over the raw bytes, which parsing first would change',
  'webhooks.stripe.ts': 'a signed JSON event from Stripe: constructEvent needs the raw body exactly as sent to verify its signature',
}

const READS_BODY = /\breadForm\(|\breadBody\(|request\.(?:formData|text|json|arrayBuffer)\(/
/** `form.get('x')`, `raw.getAll('x')`: a field read by hand (query strings and headers aside). */
const FIELD_BY_HAND = /(?<!searchParams|headers|params|cookies|url)\.get(?:All)?\(\s*['"`]/
const OTHER_PARSE = /\.safeParse\(\s*(?:\{|Object\.fromEntries|form\b|raw\b)|Object\.fromEntries\(\s*(?:await\s+readForm|form\b|raw\b)/

const withActions = listRouteModules()
  .map((route) => ({ file: route.file, source: readFileSync(path.join(routesDir, route.file), 'utf8') }))
  .filter(({ source }) => /export (?:async function|const|function) action\b/.test(source))

describe('every action parses its form with parseWithZod', () => {
  it('finds the actions (the scan reads the real route files)', () => {
    expect(withActions.map((r) => r.file)).toEqual(expect.arrayContaining(['join.tsx', 'logout.tsx', 'webhooks.stripe.ts']))
  })

  it('names only exempt files that exist and still read a raw body', () => {
    for (const file of Object.keys(EXEMPT)) expect(withActions.find((r) => r.file === file)?.source, file).toMatch(READS_BODY)
  })

  for (const { file, source } of withActions) {
    if (EXEMPT[file]) continue
    it(`${file} reads its form through parseWithZod`, () => {
      if (!READS_BODY.test(source)) return
      expect(source, `${file}: parse the form with parseWithZod and a zod schema`).toMatch(/\bparseWithZod\(/)
      expect(source, `${file}: parses the form another way; put the fields in the parseWithZod schema`).not.toMatch(OTHER_PARSE)
      expect(source, `${file}: reads a field by hand; put it in the parseWithZod schema`).not.toMatch(FIELD_BY_HAND)
    })
  }
})
