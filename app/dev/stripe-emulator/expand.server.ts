import { findById, type Store } from './store.server.ts'

/** Returns a copy of `object` with the ids at each `expand[]` path (`subscription`, `data.product`, `subscription.latest_invoice`) replaced by objects. */
export function expand(store: Store, object: object, paths: string[]) {
  const copy = structuredClone(object) as Record<string, unknown>
  for (const path of paths) expandAt(store, copy, path.split('.'))
  return copy
}

function expandAt(store: Store, node: unknown, segments: string[]) {
  if (Array.isArray(node)) {
    for (const entry of node) expandAt(store, entry, segments)
    return
  }
  if (typeof node !== 'object' || node === null) return
  const record = node as Record<string, unknown>
  const [head, ...rest] = segments
  const value = record[head]
  if (typeof value === 'string') {
    const found = findById(store, value)
    if (found) record[head] = structuredClone(found)
  }
  if (rest.length > 0) expandAt(store, record[head], rest)
}
