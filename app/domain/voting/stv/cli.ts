/**
 * `npm run stv -- FILE.blt [--seats N] [--json] [--seed S] [--final-exclusion transfer|no-transfer]`
 *
 * Counts an election in BLT format by the Scottish STV rules (count.ts) and prints a short stage table
 * and then the elected candidates, one per line in order of election; with --json prints
 * {"elected": [...], "quota": N, "rounds": [...]}. Bad input: a message on stderr and exit code 2.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { DomainError } from '~/domain/errors.ts'
import { translate } from '~/i18n/translate.ts'
import { parseBlt } from './blt.ts'
import { countStv, type CountOptions, type StvResult } from './count.ts'

const USAGE = 'Usage: npm run stv -- FILE.blt [--seats N] [--json] [--seed S] [--final-exclusion transfer|no-transfer]'

interface Io {
  out: (text: string) => void
  err: (text: string) => void
}

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  let file: string | undefined
  let json = false
  const options: CountOptions = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new UsageError(`${arg} needs a value`)
      return v
    }
    if (arg === '--json') json = true
    else if (arg === '--seats') {
      const v = value()
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--seats must be a whole number of at least 1, not "${v}"`)
      options.seats = Number(v)
    } else if (arg === '--seed') options.seed = value()
    else if (arg === '--final-exclusion') {
      const v = value()
      if (v !== 'transfer' && v !== 'no-transfer') throw new UsageError(`--final-exclusion is "transfer" or "no-transfer", not "${v}"`)
      options.finalExclusion = v
    } else if (arg === '--help' || arg === '-h') throw new UsageError('')
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}`)
    else if (file) throw new UsageError(`Only one file can be counted at a time (got ${file} and ${arg})`)
    else file = arg
  }
  if (!file) throw new UsageError('Name the BLT file to count')
  return { file, json, options }
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  return rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  )
}

function formatReport(result: StvResult, title: string): string[] {
  const rows = [['stage', 'action', 'candidates', 'elected', 'non-transferable']]
  for (const r of result.rounds) rows.push([String(r.stage), r.action, r.candidates.join(', ') || '-', r.elected.join(', ') || '-', r.nonTransferable])
  return [
    ...(title ? [title] : []),
    `${result.seats} seat${result.seats === 1 ? '' : 's'}, ${result.validBallots} valid papers, quota ${result.quota} (Scottish STV rules)`,
    '',
    ...table(rows),
    ...(result.tieBrokenByLot ? ['', ...result.lots.map((l) => `Lot drawn at stage ${l.stage} (${l.reason}) among ${l.tied.join(', ')}: ${l.chosen}; seed "${result.seed}"`)] : []),
    '',
    'Elected, in order:',
    ...result.elected,
  ]
}

/** Runs the command; returns the exit code (0 counted, 2 bad input). */
export function main(argv: string[], io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }): number {
  let args: ReturnType<typeof parseArgs>
  try {
    args = parseArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.err(`${error.message ? `${error.message}\n` : ''}${USAGE}\n`)
    return 2
  }
  let text: string
  try {
    const bytes = readFileSync(args.file)
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      io.err(`${args.file} is not UTF-8 text: save it as UTF-8 (names with accents would otherwise be misread)\n`)
      return 2
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    io.err(`Cannot read ${args.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}\n`)
    return 2
  }
  try {
    const election = parseBlt(text)
    const standing = election.candidates.length - election.withdrawn.length
    const seats = args.options.seats ?? election.seats
    if (seats > standing) {
      io.err(`${args.file}: ${seats} seats but only ${standing} candidates left standing: nothing to count\n`)
      return 2
    }
    const result = countStv(election, args.options)
    if (result.validBallots === 0) {
      io.err(`${args.file}: no valid papers (every paper is blank or ranks only withdrawn candidates): nothing to count\n`)
      return 2
    }
    if (args.json) io.out(`${JSON.stringify({ elected: result.elected, quota: result.quota, rounds: result.rounds }, null, 2)}\n`)
    else io.out(`${formatReport(result, election.title).join('\n')}\n`)
    return 0
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    io.err(`${args.file}: ${error.values ? translate('en', error.message, error.values) : error.message}\n`)
    return 2
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2))
}
