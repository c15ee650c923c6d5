/**
 * The public record of a closed ballot, and the rules anyone can use to check it offline.
 *
 * The record has two lists that share nothing: the receipts (sorted, so they say nothing about
 * when anyone voted) and the papers (in the order the mix left them, each with a random nonce and
 * its hash). A receipt proves that its holder's paper went into the box; it never says which
 * paper is theirs. Each list has a Merkle root; the commitment binds both roots to the counts
 * and was published at close, before the count.
 */
import { createHash } from 'node:crypto'
import { tallyMotion, type MotionChoice } from './lifecycle.ts'
import { countElection } from './election-count.ts'

export const RECORD_FORMAT = 'chorus-ballot-record/1'

export interface RecordPaper {
  nonce: string
  choice: unknown
  hash: string
}

export interface RecordCounts {
  /** Members on the frozen electorate. */
  electorate: number
  /** Members marked as having voted. */
  voted: number
  receipts: number
  papers: number
}

export interface PublishedRecord {
  format: typeof RECORD_FORMAT
  ballot: {
    id: string
    kind: 'motion' | 'election'
    title: string
    seats: number | null
    candidates: string[]
    threshold: 'simple' | 'two_thirds' | null
    quorumPercent: number | null
    scope?: { nations: string[]; branches: string[]; tiers: string[] }
  }
  counts: RecordCounts
  receiptsRoot: string
  papersRoot: string
  commitment: string
  sealedAt: string
  receipts: string[]
  papers: RecordPaper[]
  result: unknown
  rules: string
}

/** The published record's own statement of how to check it: formulas, part of the record's fixed format. */
export const RECORD_RULES =
  'paper hash = sha256("paper|" + ballot id + "|" + nonce + "|" + JSON(choice)); receipt leaf = sha256("receipt|" + ballot id + "|" + receipt); Merkle root: leaves in listed order, each level pairs sha256(left + right) of hex strings, an odd last node is carried up unchanged, an empty list has root sha256("empty"); commitment = sha256("commit|" + ballot id + "|" + electorate + "|" + voted + "|" + receipts + "|" + papers + "|" + receiptsRoot + "|" + papersRoot); the lot seed of an election is the commitment.'

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

export function paperHash(ballotId: string, nonce: string, choice: unknown) {
  return sha256(`paper|${ballotId}|${nonce}|${JSON.stringify(choice)}`)
}

export function receiptLeaf(ballotId: string, receipt: string) {
  return sha256(`receipt|${ballotId}|${receipt}`)
}

/** Levels of the tree, leaves first; the last level holds the root. */
function levels(leaves: string[]): string[][] {
  if (leaves.length === 0) return [[sha256('empty')]]
  const out = [leaves]
  while (out[out.length - 1].length > 1) {
    const below = out[out.length - 1]
    const above: string[] = []
    for (let i = 0; i < below.length; i += 2) above.push(i + 1 < below.length ? sha256(below[i] + below[i + 1]) : below[i])
    out.push(above)
  }
  return out
}

export function merkleRoot(leaves: string[]) {
  const all = levels(leaves)
  return all[all.length - 1][0]
}

export type ProofStep = { side: 'left' | 'right'; hash: string }

/** The sibling hashes from a leaf to the root: enough to show a leaf is in the tree and nothing else. */
export function inclusionProof(leaves: string[], index: number): ProofStep[] {
  const steps: ProofStep[] = []
  const all = levels(leaves)
  for (let level = 0; level < all.length - 1; level++) {
    const nodes = all[level]
    const sibling = index % 2 === 0 ? index + 1 : index - 1
    if (sibling < nodes.length) steps.push({ side: index % 2 === 0 ? 'right' : 'left', hash: nodes[sibling] })
    index = Math.floor(index / 2)
  }
  return steps
}

export function rootFromProof(leaf: string, proof: ProofStep[]) {
  return proof.reduce((acc, step) => (step.side === 'right' ? sha256(acc + step.hash) : sha256(step.hash + acc)), leaf)
}

export function commitmentOf(ballotId: string, counts: RecordCounts, receiptsRoot: string, papersRoot: string) {
  return sha256(`commit|${ballotId}|${counts.electorate}|${counts.voted}|${counts.receipts}|${counts.papers}|${receiptsRoot}|${papersRoot}`)
}

export function countFromPapers(ballot: PublishedRecord['ballot'], choices: unknown[], seed: string, electorate: number) {
  if (ballot.kind === 'motion') return tallyMotion(choices as MotionChoice[], { threshold: ballot.threshold ?? 'simple', quorumPercent: ballot.quorumPercent, electorate })
  return countElection({ title: ballot.title, seats: ballot.seats ?? 1, candidates: ballot.candidates, papers: choices as number[][], seed, electorate })
}

/** JSON with object keys sorted, so a result read back from the database compares equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
