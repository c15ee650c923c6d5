/**
 * `npm run verify-ballot -- papers.json [ballots.blt] [--receipt CODE]`
 *
 * Recomputes a closed ballot's published record offline: each paper's hash, the Merkle roots of
 * receipts and papers, the commitment, the counts that must agree (electorate, marked as voted,
 * receipts, papers) and the result, by recounting. A BLT file, if given, must hold the same
 * papers. With --receipt, says whether that receipt is in the record (never which paper).
 * Exit code 0 when everything agrees, 1 on any disagreement, 2 when a file cannot be read.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { DomainError } from '~/domain/errors.ts'
import { translate } from '~/i18n/translate.ts'
import { normaliseReceipt } from './receipts.ts'
import { canonicalJson, commitmentOf, countFromPapers, merkleRoot, paperHash, receiptLeaf, RECORD_FORMAT, type PublishedRecord } from './record.ts'
import { parseBlt } from './stv/blt.ts'

const USAGE = 'Usage: npm run verify-ballot -- papers.json [ballots.blt] [--receipt CODE]'

interface Io {
  out: (text: string) => void
  err: (text: string) => void
}

function bltProblems(record: PublishedRecord, text: string): string[] {
  if (record.ballot.kind !== 'election') return ['A BLT file was given but this ballot is a motion']
  const election = parseBlt(text)
  const problems: string[] = []
  if (canonicalJson(election.candidates) !== canonicalJson(record.ballot.candidates)) problems.push('The BLT file names different candidates from the record')
  if (election.seats !== record.ballot.seats) problems.push(`The BLT file is for ${election.seats} seats, the record for ${record.ballot.seats}`)
  const tally = (rankings: number[][]) => {
    const m = new Map<string, number>()
    for (const r of rankings) m.set(r.join(' '), (m.get(r.join(' ')) ?? 0) + 1)
    return canonicalJson(Object.fromEntries([...m].sort()))
  }
  const fromBlt: number[][] = []
  for (const b of election.ballots) for (let i = 0; i < b.weight; i++) fromBlt.push(b.prefs)
  if (tally(fromBlt) !== tally(record.papers.map((p) => p.choice as number[]))) problems.push('The BLT file does not hold the same papers as the record')
  return problems
}

function validChoice(ballot: PublishedRecord['ballot'], choice: unknown) {
  if (ballot.kind === 'motion') return choice === 'for' || choice === 'against' || choice === 'abstain'
  return Array.isArray(choice) && choice.length > 0 && new Set(choice).size === choice.length && choice.every((p) => Number.isInteger(p) && p >= 0 && p < ballot.candidates.length)
}

/** Every check an auditor makes of a published record; an empty list means it all agrees. */
export function auditRecord(record: PublishedRecord): string[] {
  const problems: string[] = []
  if (record?.format !== RECORD_FORMAT) return [`Not a Chorus ballot record (format should be "${RECORD_FORMAT}")`]
  const { ballot, counts } = record
  const id = ballot.id
  if (!Array.isArray(record.receipts) || !Array.isArray(record.papers)) return ['The record has no receipts or papers list']
  if (counts.receipts !== record.receipts.length) problems.push(`The record says ${counts.receipts} receipts but lists ${record.receipts.length}`)
  if (counts.papers !== record.papers.length) problems.push(`The record says ${counts.papers} papers but lists ${record.papers.length}`)
  if (record.receipts.length !== record.papers.length) problems.push(`${record.receipts.length} receipts but ${record.papers.length} papers`)
  if (counts.voted !== record.papers.length) problems.push(`${counts.voted} members marked as voted but ${record.papers.length} papers`)
  if (counts.voted > counts.electorate) problems.push(`${counts.voted} members marked as voted but only ${counts.electorate} on the electorate`)
  if (new Set(record.receipts).size !== record.receipts.length) problems.push('A receipt is listed twice')
  const sorted = [...record.receipts].sort()
  if (sorted.some((r, i) => r !== record.receipts[i])) problems.push('The receipts are not in sorted order (their order could say when people voted)')
  record.papers.forEach((p, i) => {
    if (paperHash(id, p.nonce, p.choice) !== p.hash) problems.push(`Paper ${i + 1}: its hash does not match its content`)
    if (!validChoice(ballot, p.choice)) problems.push(`Paper ${i + 1}: not a valid vote in this ballot`)
  })
  if (new Set(record.papers.map((p) => p.nonce)).size !== record.papers.length) problems.push('Two papers share a nonce (a paper may have been copied)')
  const receiptsRoot = merkleRoot(record.receipts.map((r) => receiptLeaf(id, r)))
  const papersRoot = merkleRoot(record.papers.map((p) => p.hash))
  if (receiptsRoot !== record.receiptsRoot) problems.push('The receipts root does not match the receipts')
  if (papersRoot !== record.papersRoot) problems.push('The papers root does not match the papers')
  if (commitmentOf(id, counts, receiptsRoot, papersRoot) !== record.commitment) problems.push('The commitment does not match the counts and roots')
  if (problems.length === 0) {
    const recount = countFromPapers(
      ballot,
      record.papers.map((p) => p.choice),
      record.commitment,
      counts.electorate,
    )
    if (canonicalJson(recount) !== canonicalJson(record.result)) problems.push('Recounting the papers gives a different result from the one published')
  }
  return problems
}

/** Runs the command; returns the exit code. */
export function main(argv: string[], io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }): number {
  const files: string[] = []
  let receipt: string | null = null
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--receipt') {
      receipt = normaliseReceipt(argv[++i] ?? '')
      if (!receipt) {
        io.err(`--receipt needs a receipt code of 26 letters and numbers\n${USAGE}\n`)
        return 2
      }
    } else if (argv[i].startsWith('--')) {
      io.err(`Unknown option ${argv[i]}\n${USAGE}\n`)
      return 2
    } else files.push(argv[i])
  }
  if (files.length === 0) {
    io.err(`Name the ballot's papers.json\n${USAGE}\n`)
    return 2
  }
  const texts: string[] = []
  for (const file of files) {
    try {
      texts.push(readFileSync(file, 'utf8'))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      io.err(`Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}\n`)
      return 2
    }
  }
  let record: PublishedRecord
  try {
    record = JSON.parse(texts[0]) as PublishedRecord
  } catch {
    io.err(`${files[0]} is not JSON: download papers.json from the ballot's receipts page\n`)
    return 2
  }
  const problems = auditRecord(record)
  for (const [i, text] of texts.slice(1).entries()) {
    try {
      problems.push(...bltProblems(record, text).map((p) => `${files[i + 1]}: ${p}`))
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      problems.push(`${files[i + 1]}: ${error.values ? translate('en', error.message, error.values) : error.message}`)
    }
  }
  if (receipt && record.receipts?.includes(receipt) === false) problems.push(`Receipt ${receipt} is not in the record`)
  if (problems.length > 0) {
    io.err(`${files[0]}: the record does not agree\n${problems.map((p) => `  - ${p}`).join('\n')}\n`)
    return 1
  }
  const c = record.counts
  io.out(
    [
      `${record.ballot.title} (${record.ballot.id})`,
      `Electorate ${c.electorate}; marked as voted ${c.voted}; receipts ${c.receipts}; papers ${c.papers}: they agree.`,
      `Every paper's hash, both Merkle roots and the commitment ${record.commitment} check out.`,
      'Recounting the papers gives the published result.',
      ...(receipt ? [`Receipt ${receipt} is in the record.`] : []),
      '',
    ].join('\n'),
  )
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2))
}
