import { readdirSync } from 'node:fs'
import path from 'node:path'

/** The repository's root folder. */
export const repoRoot = path.resolve(import.meta.dirname, '../..')

/**
 * Every TypeScript file under the given top-level folders, as paths from the repository root,
 * sorted. Read from disk, so it works in any copy of the repository, with or without git.
 */
export function listCodeFiles(dirs: readonly string[], root = repoRoot): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name)
      if (entry.isDirectory()) walk(relative)
      else if (/\.tsx?$/.test(entry.name)) files.push(relative)
    }
  }
  for (const dir of dirs) walk(dir)
  return files.sort()
}
