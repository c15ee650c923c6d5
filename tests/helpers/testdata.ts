import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** External test material kept in the repository (tests/fixtures, see its README for sources). */
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures')

export function testdataPath(...parts: string[]) {
  return path.join(fixtures, ...parts)
}

export function readTestdata(...parts: string[]) {
  return readFileSync(testdataPath(...parts), 'utf8')
}
