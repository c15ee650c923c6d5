import { describe, expect, it } from 'vitest'
import { canSee, isEntitled, isLifted, isListed, viewFor, type EmbargoFacts, type Viewer } from './embargo.ts'

const LIFT = new Date('2026-11-26T09:30:00Z')
const before = new Date(LIFT.getTime() - 1)
const at = LIFT
const after = new Date(LIFT.getTime() + 60_000)

const VIEWERS: Record<string, Viewer> = {
  anonymous: { kind: 'anonymous' },
  member: { kind: 'member' },
  'pending journalist': { kind: 'journalist', status: 'pending' },
  'declined journalist': { kind: 'journalist', status: 'declined' },
  'approved journalist': { kind: 'journalist', status: 'approved' },
  officer: { kind: 'officer' },
  admin: { kind: 'admin' },
}
const ENTITLED = new Set(['approved journalist', 'officer', 'admin'])

const embargoed: EmbargoFacts = { status: 'scheduled', embargoUntil: LIFT, publishedAt: LIFT }

describe('the embargo clock', () => {
  it('is lifted at the exact lift instant, not a millisecond before', () => {
    expect(isLifted(embargoed, before)).toBe(false)
    expect(isLifted(embargoed, at)).toBe(true)
    expect(isLifted(embargoed, after)).toBe(true)
  })

  it('treats a briefing published without embargo as lifted', () => {
    expect(isLifted({ status: 'published', embargoUntil: null }, before)).toBe(true)
  })

  it('never lifts a draft or a briefing awaiting approval, whatever its requested time', () => {
    for (const status of ['draft', 'awaiting_approval'] as const) {
      expect(isLifted({ status, embargoUntil: null }, after)).toBe(false)
      expect(isLifted({ status, embargoUntil: LIFT }, after)).toBe(false)
    }
  })

  it('lifts a briefing published early even if an old embargo time is still in the future', () => {
    // publishing now clears the embargo; a stale time with status published would still be honoured
    expect(isLifted({ status: 'published', embargoUntil: LIFT }, before)).toBe(false)
    expect(isLifted({ status: 'published', embargoUntil: null }, before)).toBe(true)
  })
})

describe('who sees a briefing under embargo at /press/:slug', () => {
  for (const [name, viewer] of Object.entries(VIEWERS)) {
    it(`${name}: ${ENTITLED.has(name) ? 'sees it with the banner before the lift' : 'gets a 404 before the lift'}, and everyone sees it after`, () => {
      expect(viewFor(embargoed, viewer, before)).toBe(ENTITLED.has(name) ? 'embargoed' : null)
      expect(canSee(embargoed, viewer, before)).toBe(ENTITLED.has(name))
      expect(viewFor(embargoed, viewer, at)).toBe('public')
      expect(viewFor(embargoed, viewer, after)).toBe('public')
    })
  }

  it('counts only approved journalists, officers and admins as entitled', () => {
    expect(
      Object.entries(VIEWERS)
        .filter(([, v]) => isEntitled(v))
        .map(([n]) => n),
    ).toEqual([...ENTITLED])
  })
})

describe('drafts and withdrawals', () => {
  it('shows drafts and briefings awaiting approval to nobody at the public URL', () => {
    for (const status of ['draft', 'awaiting_approval'] as const) {
      for (const viewer of Object.values(VIEWERS)) expect(viewFor({ status, embargoUntil: null }, viewer, after)).toBeNull()
    }
  })

  it('keeps the notice of a withdrawn public briefing at its URL for everyone', () => {
    const b: EmbargoFacts = { status: 'withdrawn', embargoUntil: null, publishedAt: before, withdrawnAt: after }
    for (const viewer of Object.values(VIEWERS)) expect(viewFor(b, viewer, after)).toBe('withdrawn')
  })

  it('never reveals to the public a briefing withdrawn while still under embargo, even after its planned lift', () => {
    const b: EmbargoFacts = { status: 'withdrawn', embargoUntil: LIFT, publishedAt: LIFT, withdrawnAt: before }
    for (const [name, viewer] of Object.entries(VIEWERS)) {
      expect(viewFor(b, viewer, after)).toBe(ENTITLED.has(name) ? 'withdrawn' : null)
    }
  })
})

describe('listing in the press room, feeds, search and sitemap', () => {
  it('lists a briefing only from its lift time', () => {
    expect(isListed(embargoed, before)).toBe(false)
    expect(isListed(embargoed, at)).toBe(true)
  })

  it('never lists drafts or withdrawn briefings', () => {
    expect(isListed({ status: 'draft', embargoUntil: null }, after)).toBe(false)
    expect(isListed({ status: 'withdrawn', embargoUntil: null, publishedAt: before, withdrawnAt: after }, after)).toBe(false)
  })
})
