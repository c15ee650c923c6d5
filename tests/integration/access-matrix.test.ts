import { describe, expect, it } from 'vitest'
import { useTestDb } from '../helpers/db.ts'
import { changedTables, snapshotTables } from '../helpers/db-snapshot.ts'
import { allowedPersonas, casesOf, ruleFor, type Case } from '../helpers/access-rules.ts'
import { PERSONAS, signInPersonas } from '../helpers/personas.ts'
import { callRoute, type RouteResult } from '../helpers/routes.ts'
import { useTestStripe } from '../helpers/stripe.ts'
import { listRouteModules, loadRouteModule, pathFor, placeholderParams } from '../helpers/route-modules.ts'

const routes = listRouteModules()
const RULES_FILE = 'tests/helpers/access-rules.ts'

const isLoginRedirect = (res: RouteResult) => res.status === 302 && /^\/login\?redirectTo=/.test(res.headers.get('location') ?? '')
const refusal = (res: RouteResult, webhook: boolean) => isLoginRedirect(res) || [401, 403, 404, 405].includes(res.status) || (webhook && res.status === 400)
/**
 * A form that worked answers 303 (Post/Redirect/Get: a refresh sends nothing again) with a message
 * for the next page: the flash, or a vote's receipt, which the ballot page shows.
 */
const saysWhatHappened = (res: RouteResult) => res.headers.getSetCookie().some((c) => /^chorus_(flash|receipt_[\w-]+)=[^;]/.test(c))
const blocked = (res: RouteResult) => isLoginRedirect(res) || res.status === 401 || res.status === 403

describe('every route and action, as every kind of person', () => {
  const t = useTestDb()
  useTestStripe()

  it('finds the app routes on disk', () => {
    expect(routes.map((r) => r.id)).toEqual(expect.arrayContaining(['_index', 'login', 'ballots.$id', 'officer._index', 'admin.users', 'webhooks.stripe']))
  })

  for (const route of routes) {
    it(`${route.id}: exactly the people the design allows get in; everyone else is refused and writes nothing`, async () => {
      const rule = ruleFor(route.id)
      if (!rule) {
        expect.fail(
          `No access rule for app/routes/${route.file}. Add an entry '${route.id}': { loader: …, action: … } to ROUTE_RULES in ${RULES_FILE} (or a prefix default in PREFIX_RULES) saying who may use it.`,
        )
      }
      const mod = await loadRouteModule(route)
      const people = await signInPersonas(t.db)
      const fixture = rule.fixture ? await rule.fixture(t.db, people) : undefined
      const params = fixture?.params ?? placeholderParams(route)
      const problems: string[] = []

      for (const handler of ['loader', 'action'] as const) {
        if (typeof mod[handler] !== 'function') continue
        const cases = casesOf(rule[handler] as Case | Case[] | undefined)
        if (cases.length === 0) {
          expect.fail(`app/routes/${route.file} exports a ${handler} but its access rule says nothing about it. Add '${handler}: …' to the '${route.id}' entry in ${RULES_FILE}.`)
        }
        for (const c of cases) {
          const allowed = allowedPersonas(c.access)
          const webhook = c.access === 'signed-webhook'
          for (const persona of PERSONAS) {
            const who = people[persona]
            const before = allowed.includes(persona) ? null : await snapshotTables(t.db)
            const res = await callRoute(mod[handler] as never, {
              path: pathFor(route, params) + (c.search ?? ''),
              params,
              cookie: who.cookie,
              form: handler === 'action' ? (c.form ?? fixture?.form ?? {}) : undefined,
            })
            const label = `${handler}${c.form?.intent ? ` (${c.form.intent})` : ''} as ${persona}: ${res.status} ${res.headers.get('location') ?? ''}`
            if (before) {
              if (!refusal(res, webhook)) problems.push(`${label} — should be refused`)
              const changed = changedTables(before, await snapshotTables(t.db))
              if (changed.length) problems.push(`${label} — refused but wrote to ${changed.join(', ')}`)
            } else if (blocked(res) || res.status >= 500) {
              problems.push(`${label} — should be let in`)
            } else if (c.succeeds && res.status >= 400) {
              problems.push(`${label} — should succeed for ${persona}`)
            } else if (c.succeeds && handler === 'action' && !c.answersInPlace && !(res.status === 303 && saysWhatHappened(res))) {
              problems.push(`${label} — a form that succeeds should answer 303 and say what happened on the next page`)
            }
          }
        }
      }
      expect(problems, `access for ${route.id} differs from ${RULES_FILE}`).toEqual([])
    })
  }
})
