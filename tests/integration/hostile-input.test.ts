import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { allowedPersonas, casesOf, ruleFor, type Case } from '../helpers/access-rules.ts'
import { useTestDb } from '../helpers/db.ts'
import { changedTables, snapshotTables } from '../helpers/db-snapshot.ts'
import { PERSONAS, signInPersonas, type Persona } from '../helpers/personas.ts'
import { fieldNamesOf, listRouteModules, queryNamesOf, loadRouteModule, pathFor, placeholderParams, routesDir, type RouteModuleFile } from '../helpers/route-modules.ts'
import { callRoute } from '../helpers/routes.ts'
import { useTestStripe } from '../helpers/stripe.ts'

const routes = listRouteModules()
/** Fields almost every form has, so routes whose fields hide in shared schemas still get them. */
const COMMON_FIELDS = ['intent', 'email', 'password', 'name', 'token', 'id']

const OVERLONG = 'a'.repeat(100_000)
const CONTROL = '\u0000\u0001\u0007\u001b[2J\u007f'
const HTML = '<script>alert(1)</script><img src=x onerror=alert(1)>"\'><svg onload=alert(1)>'
const SQL = "' OR '1'='1'; DROP TABLE users; -- \\'; SELECT pg_sleep(5); --"
const INVALID_UTF8 = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xed, 0xa0, 0x80])
const EVIL = 'https://evil.example'

interface Variant {
  name: string
  /** Must change nothing, whatever the status. Otherwise only refusals (4xx) must change nothing. */
  strict: boolean
  form?: Record<string, string>
  body?: BodyInit
  contentType?: string
  origin?: string | null
  headers?: Record<string, string>
}

const encode = (entries: [string, string][]) => entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
const every = (fields: string[], value: string) => Object.fromEntries(fields.map((f) => [f, value]))

function variantsFor(fields: string[], read: string[], valid: Record<string, string> | undefined, text: string[] = [], defaulted: string[] = []): Variant[] {
  // A form of free text only (a comment) has no wrong type: a number is text too.
  const onlyText = valid !== undefined && Object.keys(valid).every((f) => text.includes(f))
  const base = valid ?? every(fields, 'x')
  const out: Variant[] = [
    { name: 'an empty form', strict: true, form: {} },
    { name: 'an empty form without Origin', strict: true, form: {}, origin: null },
    { name: 'control characters in every field', strict: true, form: Object.fromEntries(Object.entries({ ...every(fields, 'x'), ...valid }).map(([k, v]) => [k, `${v}${CONTROL}`])) },
    {
      name: 'invalid UTF-8 in every field',
      strict: true,
      body: Buffer.concat(fields.flatMap((f, i) => [Buffer.from(`${i ? '&' : ''}${f}=`), INVALID_UTF8])),
      contentType: 'application/x-www-form-urlencoded',
    },
    { name: 'every field a file upload', strict: true, body: filesFor(fields), contentType: undefined },
    { name: 'a JSON body', strict: true, body: JSON.stringify({ ...every(fields, 'x'), intent: { $ne: 1 }, id: [1, 2] }), contentType: 'application/json' },
    { name: 'a multipart header with a broken body', strict: true, body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated', contentType: 'multipart/form-data; boundary=x' },
    { name: 'array and object field names', strict: true, body: fields.map((f) => `${f}[]=1&${f}[a]=2&${f}[0][b]=3`).join('&'), contentType: 'application/x-www-form-urlencoded' },
    { name: 'wrong types in every field', strict: !onlyText, form: every(fields, '-1e309') },
    { name: 'a huge body', strict: true, body: `${fields[0] ?? 'a'}=${'b'.repeat(2_500_000)}`, contentType: 'application/x-www-form-urlencoded' },
    { name: 'HTML and script in every field', strict: false, form: every(fields, HTML) },
    { name: 'SQL in every field', strict: false, form: every(fields, SQL) },
    {
      name: 'duplicated fields',
      strict: false,
      body: encode(
        Object.entries(base).flatMap(
          ([k, v]) =>
            [
              [k, SQL],
              [k, v],
            ] as [string, string][],
        ),
      ),
      contentType: 'application/x-www-form-urlencoded',
    },
  ]
  if (valid) {
    out.push({ name: 'a forged Origin on a good form', strict: true, form: valid, origin: EVIL })
    out.push({ name: "another site's fetch of a good form", strict: true, form: valid, headers: { 'sec-fetch-site': 'cross-site' } })
    out.push({ name: 'an opaque (null) Origin on a good form', strict: true, form: valid, origin: 'null' })
    // A field the route fills in when it is left out (a default intent) still makes a good form.
    for (const field of Object.keys(valid).filter((f) => !defaulted.includes(f))) {
      const { [field]: _, ...rest } = valid
      out.push({ name: `a good form without ${field}`, strict: true, form: rest })
    }
  } else {
    out.push({ name: 'a forged Origin', strict: true, form: every(fields, 'x'), origin: EVIL })
  }
  // Only fields the route reads: an unknown field, however long, is rightly ignored.
  for (const field of new Set([...read, ...Object.keys(valid ?? {})])) {
    out.push({ name: `an overlong ${field}`, strict: true, form: { ...every(fields, 'x'), ...valid, [field]: OVERLONG } })
  }
  return out
}

function filesFor(fields: string[]) {
  const form = new FormData()
  for (const f of fields) form.append(f, new Blob(['<script>alert(1)</script>'], { type: 'text/html' }), `${f}.html`)
  return form
}

/** Who to send it as: the most privileged person the route lets in, and a visitor if it lets them in. */
function sendersFor(c: Case): Persona[] {
  const allowed = allowedPersonas(c.access)
  const most = [...PERSONAS].reverse().find((p) => allowed.includes(p))
  return [...new Set<Persona>([...(allowed.includes('anonymous') ? (['anonymous'] as const) : []), ...(most ? [most] : ['anonymous' as const])])]
}

const HOSTILE_PARAMS = ["' OR 1=1 --", '../../../etc/passwd', 'x'.repeat(5000), '\u0000', '%', '00000000-0000-4000-8000-00000000000Z', '-1']

describe('hostile input to every form and endpoint', () => {
  const t = useTestDb()
  useTestStripe()

  async function attempt(route: RouteModuleFile, handler: 'loader' | 'action', v: Variant & { params: Record<string, string>; search?: string; cookie?: string }) {
    const mod = await loadRouteModule(route)
    const before = await snapshotTables(t.db)
    // Remix answers anything thrown that is not a Response with a 500.
    const res = await callRoute(mod[handler] as never, {
      path: pathFor(route, v.params) + (v.search ?? ''),
      method: handler === 'action' ? 'POST' : 'GET',
      params: v.params,
      cookie: v.cookie,
      form: v.body === undefined && handler === 'action' ? v.form : undefined,
      body: handler === 'action' ? v.body : undefined,
      contentType: v.contentType,
      origin: v.origin,
      headers: v.headers,
    }).catch((error: unknown) => ({ status: 500, headers: new Headers(), body: String((error as Error)?.cause ?? error) }))
    const changed = changedTables(before, await snapshotTables(t.db))
    const problems: string[] = []
    if (res.status >= 500) problems.push(`${handler} with ${v.name}: ${res.status} ${String(res.body).slice(0, 200)}`)
    if (changed.length && (v.strict || res.status >= 400)) problems.push(`${handler} with ${v.name}: ${res.status}, yet wrote to ${changed.join(', ')}`)
    return problems
  }

  it('every route reads request bodies through readForm or readBody, so the size limits hold', () => {
    const direct = routes.filter((r) => /request\.(formData|text|json|arrayBuffer|blob)\(/.test(readFileSync(path.join(routesDir, r.file), 'utf8')))
    expect(direct.map((r) => `app/routes/${r.file} reads the body itself: use readForm (forms) or readBody (raw bodies) from ~/utils/request.server`)).toEqual([])
  })

  for (const route of routes) {
    const rule = ruleFor(route.id)
    if (!rule) continue // the access matrix fails for a route without a rule
    it(`${route.id}: no 5xx, and bad input changes nothing`, async () => {
      const mod = await loadRouteModule(route)
      const people = await signInPersonas(t.db)
      const fixture = rule.fixture ? await rule.fixture(t.db, people) : undefined
      const params = fixture?.params ?? placeholderParams(route)
      const fields = [...new Set([...fieldNamesOf(route), ...COMMON_FIELDS])]
      const problems: string[] = []

      if (typeof mod.action === 'function') {
        for (const c of casesOf(rule.action)) {
          for (const persona of sendersFor(c)) {
            for (const v of variantsFor(fields, fieldNamesOf(route), c.form, c.text, c.defaulted)) {
              problems.push(...(await attempt(route, 'action', { ...v, name: `${v.name} as ${persona}`, params, cookie: people[persona].cookie })))
            }
          }
        }
      }
      if (typeof mod.loader === 'function') {
        const persona = sendersFor(casesOf(rule.loader)[0] ?? { access: 'anyone' }).at(-1)!
        const cookie = people[persona].cookie
        for (const value of [OVERLONG, CONTROL, HTML, SQL, '%ZZ', '[object Object]']) {
          const search = `?${[...new Set([...fields, ...queryNamesOf(route)])].map((f) => `${f}=${encodeURIComponent(value)}`).join('&')}&page=-1&page=99999999999999999999`
          problems.push(...(await attempt(route, 'loader', { name: `query ${JSON.stringify(value.slice(0, 20))} as ${persona}`, strict: true, params, search, cookie })))
        }
      }
      for (const value of route.paramNames.length ? HOSTILE_PARAMS : []) {
        const bad = Object.fromEntries(route.paramNames.map((n) => [n, value]))
        const persona = sendersFor(casesOf(rule.action ?? rule.loader)[0] ?? { access: 'anyone' }).at(-1)!
        for (const handler of ['loader', 'action'] as const) {
          if (typeof mod[handler] !== 'function') continue
          problems.push(
            ...(await attempt(route, handler, {
              name: `param ${JSON.stringify(value.slice(0, 20))} as ${persona}`,
              strict: true,
              form: fixture?.form ?? { intent: 'support', choice: 'for' },
              params: bad,
              cookie: people[persona].cookie,
            })),
          )
        }
      }
      expect(problems).toEqual([])
    })
  }
})
