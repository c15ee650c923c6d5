import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** shared/testdata sits beside the repository (CI lays it there); CHORUS_TESTDATA overrides. */
export function testdataPath(...parts: string[]) {
  const base = process.env.CHORUS_TESTDATA ?? path.resolve(process.cwd(), '../shared/testdata')
  if (!existsSync(base)) throw new Error(`Test data not found at ${base}; set CHORUS_TESTDATA to the shared/testdata folder`)
  return path.join(base, ...parts)
}

export function readTestdata(...parts: string[]) {
  return readFileSync(testdataPath(...parts), 'utf8')
}
