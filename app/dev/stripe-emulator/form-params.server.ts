/** Parsed Stripe request parameters: nested objects, arrays and string leaves. */
export type Params = { [key: string]: ParamValue }
export type ParamValue = string | Params | ParamValue[]

/**
 * Parses Stripe's bracket notation (`line_items[0][price]=x`, `expand[]=y`,
 * `metadata[memberId]=z`) from a query string or form-encoded body.
 */
export function parseFormParams(encoded: string): Params {
  const root: Params = {}
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = splitKey(key)
    if (path) assign(root, path, value)
  }
  return toArrays(root) as Params
}

function splitKey(key: string): string[] | null {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key)
  if (!match) return null
  const rest = [...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1])
  return [match[1], ...rest]
}

function assign(target: Params, path: string[], value: string) {
  let node = target
  path.forEach((segment, index) => {
    const key = segment === '' ? String(Object.keys(node).length) : segment
    if (index === path.length - 1) {
      node[key] = value
      return
    }
    const next = node[key]
    if (typeof next !== 'object' || Array.isArray(next)) node[key] = {}
    node = node[key] as Params
  })
}

/** Objects keyed 0..n become arrays, except metadata, whose keys are the caller's. */
function toArrays(value: ParamValue, parentKey = ''): ParamValue {
  if (typeof value === 'string' || Array.isArray(value)) return value
  const entries = Object.entries(value).map(([k, v]) => [k, toArrays(v, k)] as const)
  const indexed = entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))
  if (indexed && parentKey !== 'metadata') {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v)
  }
  return Object.fromEntries(entries)
}
