/**
 * Remix's request handler matches every request against every route of the build — two or three
 * times per request, and React Router flattens, ranks and compiles every route's path each time
 * (it keeps nothing between calls). With Chorus's 116 routes that matching was most of the cost
 * of serving a small page (measured: 38% of the server's CPU under load on `/bench/bare`).
 *
 * So the server keeps one Remix handler per first path segment (`officer`, `ballots`, `press`,
 * …), each built over only the routes that could match a path starting with that segment: the
 * routes whose own path starts with it, every route whose first segment is a parameter, a splat
 * or optional (those can match anything), and their parents. Any other path — `/`, `/__manifest`,
 * `/_root.data`, a segment that cannot be decoded — goes to the handler over the whole build, so
 * the answer is always the one the whole build would give.
 */
import { createRequestHandler, type ServerBuild } from '@remix-run/node'

type Routes = ServerBuild['routes']
type Handler = ReturnType<typeof createRequestHandler>

/** The path a route matches, from the root (`officer/ballots/:id`); '' for the root, layouts without a path and the home page. */
function fullPath(routes: Routes, id: string): string {
  const parts: string[] = []
  for (let at: string | undefined = id; at; at = routes[at]?.parentId) {
    const path = routes[at]?.path
    if (path) parts.unshift(path)
  }
  return parts.join('/').replace(/\/+/g, '/').replace(/^\//, '')
}

/** A first segment that can match more than one literal word: a parameter, a splat, or optional. */
const matchesAnyWord = (segment: string) => segment.startsWith(':') || segment.includes('*') || segment.endsWith('?')

/** The key of a literal first segment: React Router decodes the path and matches without regard to case. */
const keyOf = (segment: string) => segment.toLowerCase()

/**
 * For each literal first segment, the routes that can match a path beginning with it, in the
 * build's order (React Router breaks ties in rank by that order).
 */
export function partitionRoutes(routes: Routes): Map<string, Routes> {
  const ids = Object.keys(routes)
  const literal = new Map<string, Set<string>>()
  const everywhere = new Set<string>()
  for (const id of ids) {
    const [first] = fullPath(routes, id).split('/')
    if (!first) continue
    if (matchesAnyWord(first)) everywhere.add(id)
    else literal.set(keyOf(first), (literal.get(keyOf(first)) ?? new Set()).add(id))
  }
  const partitions = new Map<string, Routes>()
  for (const [key, own] of literal) {
    const wanted = new Set<string>()
    for (const id of [...own, ...everywhere]) {
      for (let at: string | undefined = id; at && !wanted.has(at); at = routes[at]?.parentId) wanted.add(at)
    }
    partitions.set(key, Object.fromEntries(ids.filter((id) => wanted.has(id)).map((id) => [id, routes[id]])))
  }
  return partitions
}

/** The key a request's path is served under, or null for the whole build. */
export function partitionKey(pathname: string, basename = ''): string | null {
  let path = pathname
  if (basename && basename !== '/') {
    if (!path.startsWith(basename)) return null
    path = path.slice(basename.length)
  }
  if (!path.startsWith('/') || path.startsWith('//')) return null
  const end = path.indexOf('/', 1)
  const segment = end === -1 ? path.slice(1) : path.slice(1, end)
  if (!segment) return null
  try {
    return keyOf(decodeURIComponent(segment))
  } catch {
    return null
  }
}

/** The Remix request handler of a build, with one handler per first path segment in front of it. */
export function createPartitionedRequestHandler(build: ServerBuild, mode?: string): Handler {
  const whole = createRequestHandler(build, mode)
  const handlers = new Map<string, Handler>()
  for (const [key, routes] of partitionRoutes(build.routes)) {
    // The document's own route tree (and the manifest the browser starts from) is the same
    // subset; the browser asks /__manifest, served by the whole build, for any route it lacks.
    const assets = { ...build.assets, routes: Object.fromEntries(Object.keys(routes).map((id) => [id, build.assets.routes[id]])) }
    handlers.set(key, createRequestHandler({ ...build, routes, assets }, mode))
  }
  const basename = build.basename?.replace(/\/$/, '') ?? ''
  return (request, loadContext) => {
    const key = partitionKey(new URL(request.url).pathname, basename)
    return ((key !== null && handlers.get(key)) || whole)(request, loadContext)
  }
}
