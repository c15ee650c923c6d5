import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listCodeFiles, repoRoot } from '../helpers/code-files.ts'

/**
 * One import style (README, "How it is built"): inside app/, a module leaves its own folder for
 * another part of app/ through `~/`, never by climbing with `../`. Read from the source so a new
 * file is covered.
 */
const root = repoRoot
const appDir = path.join(root, 'app')
const appFiles = listCodeFiles(['app'])
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bvi\.mock\(\s*)(['"])([^'"]+)\1/g

function climbsWithinApp(file: string, specifier: string) {
  if (!specifier.startsWith('../')) return false
  const target = path.resolve(path.dirname(path.join(root, file)), specifier)
  return target.startsWith(appDir + path.sep)
}

describe('imports inside app/ take one form', () => {
  it('reads the app files', () => {
    expect(appFiles).toEqual(expect.arrayContaining(['app/root.tsx', 'app/server.ts']))
  })

  it('reaches other folders of app/ through ~/, not ../', () => {
    const offenders = appFiles.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(SPECIFIER)]
        .map((m) => m[2]!)
        .filter((specifier) => climbsWithinApp(file, specifier))
        .map((specifier) => `${file}: '${specifier}'`),
    )
    expect(offenders).toEqual([])
  })

  it('would catch a climbing import', () => {
    expect(climbsWithinApp('app/domain/press/x.ts', '../../utils/env.server.ts')).toBe(true)
    expect(climbsWithinApp('app/domain/press/x.ts', '../../../db/schema/index.ts')).toBe(false)
  })
})
