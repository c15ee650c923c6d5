import { describe, expect, it } from 'vitest'
import { auditRecord } from './verify-cli.ts'
import { commitmentOf, inclusionProof, merkleRoot, paperHash, receiptLeaf, RECORD_FORMAT, RECORD_RULES, rootFromProof, countFromPapers, type PublishedRecord } from './record.ts'

function record(choices: string[]): PublishedRecord {
  const id = '7f1c7d0e-4a39-4c4e-9d7b-1f0f4b8e2a11'
  const ballot = { id, kind: 'motion' as const, title: 'Motion', seats: null, candidates: [], threshold: 'simple' as const, quorumPercent: null }
  const receipts = choices.map((_, i) => `R${String(i).padStart(3, '0')}`).sort()
  const papers = choices.map((choice, i) => ({ nonce: `n${i}`, choice, hash: paperHash(id, `n${i}`, choice) }))
  const counts = { electorate: choices.length + 2, voted: choices.length, receipts: receipts.length, papers: papers.length }
  const receiptsRoot = merkleRoot(receipts.map((r) => receiptLeaf(id, r)))
  const papersRoot = merkleRoot(papers.map((p) => p.hash))
  const commitment = commitmentOf(id, counts, receiptsRoot, papersRoot)
  return {
    format: RECORD_FORMAT,
    ballot,
    counts,
    receiptsRoot,
    papersRoot,
    commitment,
    sealedAt: new Date().toISOString(),
    receipts,
    papers,
    result: countFromPapers(ballot, choices, commitment, counts.electorate),
    rules: RECORD_RULES,
  }
}

describe('the public record', () => {
  it('proves a leaf is in the tree with a short path, for every position and size', () => {
    for (const size of [1, 2, 3, 5, 8, 13]) {
      const leaves = Array.from({ length: size }, (_, i) => receiptLeaf('b', `R${i}`))
      const root = merkleRoot(leaves)
      leaves.forEach((leaf, i) => {
        const proof = inclusionProof(leaves, i)
        expect(proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(size)))
        expect(rootFromProof(leaf, proof)).toBe(root)
        expect(rootFromProof(receiptLeaf('b', 'forged'), proof)).not.toBe(root)
      })
    }
  })

  it('agrees with itself when untouched, and names each kind of tampering', () => {
    const good = record(['for', 'against', 'for', 'abstain', 'for'])
    expect(auditRecord(good)).toEqual([])
    const changed = structuredClone(good)
    changed.papers[1].choice = 'for'
    expect(auditRecord(changed).join('\n')).toMatch(/Paper 2: its hash does not match/)
    const rehashed = structuredClone(changed)
    rehashed.papers[1].hash = paperHash(good.ballot.id, rehashed.papers[1].nonce, 'for')
    expect(auditRecord(rehashed).join('\n')).toMatch(/papers root does not match/)
    const added = structuredClone(good)
    added.papers.push({ ...added.papers[0], nonce: 'extra', hash: paperHash(good.ballot.id, 'extra', 'for') })
    expect(auditRecord(added).join('\n')).toMatch(/receipts but 6 papers/)
    const ordered = structuredClone(good)
    ordered.receipts.reverse()
    expect(auditRecord(ordered).join('\n')).toMatch(/not in sorted order/)
    const result = structuredClone(good)
    ;(result.result as { passed: boolean }).passed = false
    expect(auditRecord(result)).toEqual(['Recounting the papers gives a different result from the one published'])
  })
})
