import { describe, expect, it } from 'vitest'
import { translate } from '~/i18n/translate.ts'
import { ballotPhase, readRanking, tallyMotion, type MotionChoice } from './lifecycle.ts'
import { generateReceipt, normaliseReceipt } from './receipts.ts'

const at = (iso: string) => new Date(iso)
const ballot = { status: 'scheduled' as const, opensAt: at('2026-12-01T09:00Z'), closesAt: at('2026-12-08T17:00Z'), countedAt: null }

describe('ballotPhase', () => {
  it('opens and closes by the clock', () => {
    expect(ballotPhase(ballot, at('2026-12-01T08:59:59Z'))).toBe('scheduled')
    expect(ballotPhase(ballot, at('2026-12-01T09:00Z'))).toBe('open')
    expect(ballotPhase(ballot, at('2026-12-08T16:59:59Z'))).toBe('open')
    expect(ballotPhase(ballot, at('2026-12-08T17:00Z'))).toBe('closed')
    expect(ballotPhase({ ...ballot, countedAt: at('2026-12-08T17:01Z') }, at('2026-12-09T00:00Z'))).toBe('published')
    expect(ballotPhase({ ...ballot, status: 'draft' }, at('2026-12-05T00:00Z'))).toBe('draft')
    expect(ballotPhase({ ...ballot, status: 'cancelled' }, at('2026-12-05T00:00Z'))).toBe('cancelled')
  })
})

describe('tallyMotion', () => {
  const votes = (f: number, a: number, ab: number) => [...Array(f).fill('for'), ...Array(a).fill('against'), ...Array(ab).fill('abstain')] as MotionChoice[]
  it('passes on a simple majority of votes for or against; a tie fails', () => {
    expect(tallyMotion(votes(51, 50, 30), { threshold: 'simple', quorumPercent: null, electorate: 200 })).toMatchObject({ passed: true, cast: 131, turnoutPercent: 65.5 })
    expect(tallyMotion(votes(50, 50, 0), { threshold: 'simple', quorumPercent: null, electorate: 200 }).passed).toBe(false)
  })
  it('needs two thirds exactly when asked', () => {
    expect(tallyMotion(votes(20, 10, 5), { threshold: 'two_thirds', quorumPercent: null, electorate: 100 }).passed).toBe(true)
    expect(tallyMotion(votes(19, 10, 50), { threshold: 'two_thirds', quorumPercent: null, electorate: 100 }).passed).toBe(false)
    expect(tallyMotion(votes(0, 0, 3), { threshold: 'two_thirds', quorumPercent: null, electorate: 100 }).passed).toBe(false)
  })
  it('fails without the quorum, counting abstentions towards it', () => {
    expect(tallyMotion(votes(10, 0, 0), { threshold: 'simple', quorumPercent: 10, electorate: 101 })).toMatchObject({ quorumMet: false, passed: false })
    expect(tallyMotion(votes(9, 0, 2), { threshold: 'simple', quorumPercent: 10, electorate: 110 })).toMatchObject({ quorumMet: true, passed: true })
  })
})

describe('readRanking', () => {
  it('reads numbered choices into an order', () => {
    expect(readRanking({ 0: '2', 1: '', 2: '1', 3: ' 3 ' }, 4)).toEqual({ ok: true, order: [2, 0, 3] })
  })
  it.each([
    [{ 0: '1', 1: '1' }, /gave 1 to more than one/],
    [{ 0: '1', 1: '3' }, /skipped 2/],
    [{ 0: '2' }, /skipped 1/],
    [{}, /at least one/],
    [{ 0: 'first' }, /numbers only/],
    [{ 0: '9' }, /from 1 to 3/],
  ])('explains %j', (ranks, message) => {
    const result = readRanking(ranks, 3)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(translate('en', result.message, result.values)).toMatch(message)
  })
})

describe('receipts', () => {
  it('makes 26-character receipts with at least 128 random bits, and reads them back leniently', () => {
    const receipt = generateReceipt()
    expect(receipt).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}$/)
    expect(new Set(Array.from({ length: 1000 }, () => generateReceipt())).size).toBe(1000)
    expect(normaliseReceipt(receipt.toLowerCase().replace(/-/g, ' '))).toBe(receipt)
    expect(normaliseReceipt('not a receipt')).toBeNull()
  })
})
