import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listCodeFiles, repoRoot } from '../helpers/code-files.ts'

/**
 * No file cycles among Chorus's own modules: a cycle makes load order matter (a value imported
 * before it is defined is undefined) and ties areas together that should change apart. Read from
 * the source; type-only imports are left out because they vanish when compiled.
 */
const root = repoRoot
const files = listCodeFiles(['app', 'db', 'emails']).filter((f) => !/\.test\.tsx?$/.test(f))
const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('~/') ? path.join(root, 'app', specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(path.join(root, from)), specifier) : undefined
  if (!base) return undefined
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return path.relative(root, candidate)
  }
  return undefined
}

export function importGraph(sources: Record<string, string>) {
  const graph = new Map<string, string[]>()
  for (const [file, source] of Object.entries(sources)) {
    graph.set(
      file,
      [...source.matchAll(RUNTIME_IMPORT)].map((m) => resolve(file, m[1]!)).filter((f): f is string => f !== undefined && f in sources),
    )
  }
  return graph
}

/** Strongly connected groups of more than one file (Tarjan), each sorted. */
export function cyclesIn(graph: Map<string, string[]>) {
  let index = 0
  const order = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const groups: string[][] = []
  const visit = (v: string) => {
    order.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!))
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        group.push(w)
      } while (w !== v)
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group.sort())
    }
  }
  for (const v of graph.keys()) if (!order.has(v)) visit(v)
  return groups
}

describe('Chorus modules import one another without cycles', () => {
  const sources = Object.fromEntries(files.map((f) => [f, readFileSync(path.join(root, f), 'utf8')]))

  it('reads the modules and their imports', () => {
    const graph = importGraph(sources)
    expect(graph.get('app/domain/statements/mail.server.ts')).toContain('app/domain/statements/review.ts')
  })

  it('finds no cycle', () => {
    expect(cyclesIn(importGraph(sources))).toEqual([])
  })

  it('would find one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(cyclesIn(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })
})
