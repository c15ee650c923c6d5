import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listRouteModules, routesDir } from '../helpers/route-modules.ts'

/**
 * One reply shape: an action that refuses a form answers with Conform's reply
 * (`submission.reply()`, through `invalid`, `refuse`, `replyWithError` or `refusalReply`), which
 * the shared error summary and fields read — never an object of its own such as
 * `{ ok: false, message }` or `{ problem }`. Read from the source so a new route is covered.
 */

/** An object literal answered directly that carries an outcome of its own making (`ok`, `problem`, `message`, `error`, `field`). */
const HAND_MADE = /(?:\bdata(?:<[^>]*>)?\(\s*|\breturn\s+|\bjson\(\s*)\{[^{}]*?\b(?:ok\s*:|problem\s*:|message\s*:|errors?\s*:|field\s*:)/

/** The text of a module's `action` function, up to the closing brace at the start of a line. */
function actionOf(source: string) {
  const start = source.search(/^export (?:async )?function action\b/m)
  if (start < 0) return ''
  const end = source.indexOf('\n}\n', start)
  return source.slice(start, end < 0 ? undefined : end + 2)
}

const actions = listRouteModules()
  .map((route) => ({ file: route.file, action: actionOf(readFileSync(path.join(routesDir, route.file), 'utf8')) }))
  .filter(({ action }) => action !== '')

describe('actions answer a form in one shape', () => {
  it('finds the actions', () => {
    expect(actions.map((a) => a.file)).toEqual(expect.arrayContaining(['join.tsx', 'account._index.tsx']))
  })

  it('would catch a hand-made answer', () => {
    expect("return data({ ok: false as const, message: 'No' }, { status: 400 })").toMatch(HAND_MADE)
    expect("return data({ problem: 'No' }, { status: 400 })").toMatch(HAND_MADE)
    expect("return { ok: true as const, intent: 'autosave' as const }").toMatch(HAND_MADE)
    expect("return data({ done: false as const, label: null, problem: 'No' }, { status: 400 })").toMatch(HAND_MADE)
    expect('return { done: true as const }').not.toMatch(HAND_MADE)
    expect('return invalid(submission)').not.toMatch(HAND_MADE)
  })

  for (const { file, action } of actions) {
    it(`${file} answers with the form's reply`, () => {
      expect(action, `${file}: answer a form with submission.reply() (invalid, refuse, replyWithError) or a redirect with a flash`).not.toMatch(HAND_MADE)
    })
  }
})
