import { UNSAFE_flatRoutes as flatRoutes } from '@remix-run/dev'
import { matchRoutes } from '@remix-run/react'
import type { ServerBuild } from '@remix-run/node'
import { describe, expect, it } from 'vitest'
import { partitionKey, partitionRoutes } from './route-partitions.server.ts'

type Routes = ServerBuild['routes']
type Manifest = Record<string, { id: string; parentId?: string; path?: string; index?: boolean; caseSensitive?: boolean }>

/** A build's routes object from a route manifest (the modules play no part in matching). */
function buildRoutes(manifest: Manifest): Routes {
  const withRoot = { root: { id: 'root', path: '' }, ...manifest }
  return Object.fromEntries(Object.entries(withRoot).map(([id, r]) => [id, { ...r, module: {} }])) as unknown as Routes
}

/** The route tree React Router matches against, as Remix builds it from the routes object. */
function tree(routes: Routes, parentId?: string): Parameters<typeof matchRoutes>[0] {
  return Object.values(routes)
    .filter((r) => r.parentId === parentId)
    .map((r) => (r.index ? { id: r.id, index: true, path: r.path } : { id: r.id, path: r.path, caseSensitive: r.caseSensitive, children: tree(routes, r.id) }))
}

const matchedIds = (routes: Routes, path: string, basename?: string) => matchRoutes(tree(routes), path, basename)?.map((m) => m.route.id) ?? null

/** Paths a route answers, and the same paths as people and attackers write them. */
function samplePaths(routes: Routes): string[] {
  const paths = new Set<string>(['/', '/no-such-page', '/OFFICER', '/officer/', '//officer', '/%6Fffice%72/ballots', '/%E0%A4%A', '/__manifest', '/_root.data'])
  for (const id of Object.keys(routes)) {
    const segments: string[] = []
    for (let at: string | undefined = id; at; at = routes[at]?.parentId) if (routes[at]?.path) segments.unshift(routes[at]!.path!)
    const path = `/${segments.join('/')}`
      .replace(/:(\w+)\??/g, 'x-$1')
      .replace(/\*/g, 'a/b')
      .replace(/\?/g, '')
    for (const variant of [path, path.toUpperCase(), `${path}/`, `${path}/extra`, `${path}.data`]) paths.add(variant)
  }
  return [...paths]
}

function expectSameMatches(routes: Routes, basename?: string) {
  const partitions = partitionRoutes(routes)
  for (const path of samplePaths(routes)) {
    const full = `${basename ?? ''}${path}`
    const key = partitionKey(full, basename)
    const part = key === null ? undefined : partitions.get(key)
    if (!part) continue
    expect(matchedIds(part, full, basename), full).toEqual(matchedIds(routes, full, basename))
  }
}

describe('serving a request from the routes its first path segment can reach', () => {
  const chorus = buildRoutes(flatRoutes('app', ['**/.*', '**/*.test.{ts,tsx}']) as Manifest)

  it('matches every Chorus page exactly as the whole build does, in English and under /cy', () => {
    expectSameMatches(chorus)
    expectSameMatches(chorus, '/cy')
  })

  it('gives a small page a handler over a handful of routes', () => {
    const bare = partitionRoutes(chorus).get(partitionKey('/bench/bare')!)!
    expect(Object.keys(bare).length).toBeLessThan(6)
    expect(Object.keys(chorus).length).toBeGreaterThan(50)
  })

  it('keeps parameters, splats, optional segments and layouts without a path wherever they can match', () => {
    const routes = buildRoutes({
      home: { id: 'home', parentId: 'root', index: true },
      lang: { id: 'lang', parentId: 'root', path: ':lang?/about' },
      auth: { id: 'auth', parentId: 'root' },
      login: { id: 'login', parentId: 'auth', path: 'login' },
      signup: { id: 'signup', parentId: 'auth', path: 'SignUp', caseSensitive: true },
      officer: { id: 'officer', parentId: 'root', path: 'officer' },
      officerHome: { id: 'officerHome', parentId: 'officer', index: true },
      ballot: { id: 'ballot', parentId: 'officer', path: 'ballots/:id' },
      slug: { id: 'slug', parentId: 'root', path: ':slug' },
      splat: { id: 'splat', parentId: 'root', path: '*' },
    })
    expectSameMatches(routes)
    const login = partitionRoutes(routes).get('login')!
    expect(Object.keys(login)).toEqual(expect.arrayContaining(['root', 'auth', 'login', 'lang', 'slug', 'splat']))
    expect(Object.keys(login)).not.toContain('officer')
    expect(matchedIds(login, '/login')).toEqual(['root', 'auth', 'login'])
    expect(matchedIds(partitionRoutes(routes).get('signup')!, '/signup')).toEqual(['root', 'slug'])
  })

  it('sends what it cannot read to the whole build', () => {
    expect(partitionKey('/')).toBeNull()
    expect(partitionKey('//officer')).toBeNull()
    expect(partitionKey('/%E0%A4%A')).toBeNull()
    expect(partitionKey('/cy', '/cy')).toBeNull()
    expect(partitionKey('/officer/ballots', '/cy')).toBeNull()
    expect(partitionKey('/cy/OFFICER/ballots', '/cy')).toBe('officer')
    expect(partitionKey('/%6Fffice%72')).toBe('officer')
  })
})
