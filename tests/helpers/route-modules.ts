import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const routesDir = path.resolve('app/routes')

export interface RouteModuleFile {
  /** The route file's name without its extension, as Remix's flat routes name the route. */
  id: string
  file: string
  /** Dynamic segments (`$id` → `id`). */
  paramNames: string[]
}

/**
 * Every route module the app has, read from app/routes the way Remix's flat routes convention
 * reads it, so routes added later are picked up without editing any test.
 */
export function listRouteModules(): RouteModuleFile[] {
  return readdirSync(routesDir)
    .filter((file) => /\.(tsx?|jsx?)$/.test(file) && !/\.test\./.test(file) && !file.startsWith('.'))
    .map((file) => {
      const id = file.replace(/\.(tsx?|jsx?)$/, '')
      const paramNames = [...id.matchAll(/\$(\w+)/g)].map((m) => m[1])
      return { id, file, paramNames }
    })
    .sort((a, b) => a.id.localeCompare(b.id))
}

export async function loadRouteModule(route: RouteModuleFile) {
  return (await import(path.join(routesDir, route.file))) as Record<string, unknown>
}

/** The URL path a route answers, with its params filled in. */
export function pathFor(route: RouteModuleFile, params: Record<string, string>) {
  const segments = route.id
    .replace(/\[\.\]/g, '\u0000')
    .split('.')
    .filter((segment) => segment !== '_index' && !segment.startsWith('_'))
    .map((segment) => segment.replace(/_$/, '').replace(/\u0000/g, '.'))
    .map((segment) => (segment === '$' ? 'no-such-page' : segment.startsWith('$') ? encodeURIComponent(params[segment.slice(1)] ?? 'x') : segment))
  return `/${segments.join('/')}`
}

/** The top-level declarations of `names` in a module, with the module's own declarations they use (a schema built from private fields). */
function exportsNamed(source: string, names: Set<string>) {
  const chunks = new Map<string, string>()
  for (const chunk of source.split(/^(?=(?:export )?(?:const|let|function|async function|class|type|interface) )/m)) {
    const declared = /^(?:export )?(?:const|let|function|async function|class|type|interface) (\w+)/.exec(chunk)?.[1]
    if (declared) chunks.set(declared, chunk)
  }
  const wanted = [...names].filter((name) => chunks.has(name))
  const found = new Set(wanted)
  while (wanted.length > 0) {
    const chunk = chunks.get(wanted.pop()!)!
    for (const [name] of chunks) {
      if (!found.has(name) && new RegExp(`\\b${name}\\b`).test(chunk)) {
        found.add(name)
        wanted.push(name)
      }
    }
  }
  return [...found].map((name) => chunks.get(name)!)
}

/** Params that name nothing: a well-formed id, a plausible slug. */
export function placeholderParams(route: RouteModuleFile): Record<string, string> {
  return Object.fromEntries(route.paramNames.map((name) => [name, name === 'id' ? '00000000-0000-4000-8000-000000000000' : 'no-such-thing']))
}

/** searchParams.get('x'): a query parameter, which a form post does not carry. */
const QUERY_PATTERN = /searchParams\.get(?:All)?\(\s*['"`]([\w-]+)['"`]\s*\)/g

const keyPatterns = [
  /(?<!searchParams)\.get(?:All)?\(\s*['"`]([\w-]+)['"`]\s*\)/g, // form.get('x')
  /\bname=["']([\w-]+)["']/g, // <input name="x">
  /^\s+([a-zA-Z]\w*): z\./gm, // zod object keys
]

/** The query parameters a route reads (`searchParams.get('x')`). */
export function queryNamesOf(route: RouteModuleFile): string[] {
  const source = readFileSync(path.join(routesDir, route.file), 'utf8')
  return [...new Set([...source.matchAll(QUERY_PATTERN)].map((m) => m[1]))].sort()
}

/**
 * The form fields a route reads, found in its source and in the schema modules it imports, so
 * generated input reaches real fields and not only unknown ones.
 */
export function fieldNamesOf(route: RouteModuleFile): string[] {
  const source = readFileSync(path.join(routesDir, route.file), 'utf8')
  const sources = [source]
  for (const m of source.matchAll(/import \{([^}]*)\} from ['"]~\/(domain\/[^'"]+)['"]/g)) {
    const imported = new Set(
      m[1].split(',').map(
        (name) =>
          name
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0],
      ),
    )
    for (const ext of ['.ts', '.tsx']) {
      const file = path.resolve('app', m[2] + ext)
      if (existsSync(file) && /schemas?/.test(m[2])) sources.push(...exportsNamed(readFileSync(file, 'utf8'), imported))
    }
  }
  const names = new Set<string>()
  for (const text of sources) for (const pattern of keyPatterns) for (const m of text.matchAll(pattern)) names.add(m[1])
  return [...names].filter((n) => !['Content-Type', 'cookie', 'origin', 'location'].includes(n)).sort()
}
