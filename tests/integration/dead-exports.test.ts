import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listCodeFiles, repoRoot } from '../helpers/code-files.ts'

/**
 * No dead exports: a function or value exported from Chorus's own modules is used somewhere else
 * (code, scripts or tests), or it is not exported at all — a reader should not have to wonder who
 * calls it. Route modules and the Remix entry files export what the framework calls, by name.
 */
const root = repoRoot
const tracked = listCodeFiles(['app', 'db', 'emails', 'tests'])
const sources = Object.fromEntries(tracked.map((f) => [f, readFileSync(path.join(root, f), 'utf8')]))
/** Modules whose exports Remix, React Email or drizzle-kit (the schema's enums and tables) read by name. */
const FRAMEWORK = /^app\/(?:routes\/|root\.tsx$|entry\.(?:client|server)\.tsx$)|^emails\/[^/]+\.tsx$|^db\/schema\/|\.config\.ts$/
const EXPORTED_VALUE = /^export (?:async )?(?:function\*?|const|let|class) (\w+)/gm

export function deadExports(files: Record<string, string>) {
  const dead: string[] = []
  for (const [file, source] of Object.entries(files)) {
    if (!/^(?:app|db|emails)\//.test(file) || FRAMEWORK.test(file) || /\.test\.tsx?$/.test(file) || file.startsWith('db/migrations/')) continue
    for (const [, name] of source.matchAll(EXPORTED_VALUE)) {
      const word = new RegExp(`\\b${name}\\b`)
      if (!Object.entries(files).some(([other, text]) => other !== file && word.test(text))) dead.push(`${file}: ${name}`)
    }
  }
  return dead
}

describe('exports', () => {
  it('reads the modules', () => {
    expect(Object.keys(sources)).toEqual(expect.arrayContaining(['app/utils/forms.server.ts', 'db/client.server.ts']))
  })

  it('are each used outside their own module', () => {
    expect(deadExports(sources)).toEqual([])
  })

  it('would name one nobody uses', () => {
    expect(deadExports({ 'app/utils/a.ts': 'export function used() {}\nexport const unused = 1\n', 'app/utils/b.ts': "import { used } from './a.ts'" })).toEqual(['app/utils/a.ts: unused'])
  })
})
