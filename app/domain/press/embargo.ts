import type { BriefingStatus } from './status.ts'

/** Who is looking. Journalists carry their press account's status; anyone else signed in is a member. */
export type Viewer = { kind: 'anonymous' } | { kind: 'member' } | { kind: 'journalist'; status: 'pending' | 'approved' | 'declined' } | { kind: 'officer' } | { kind: 'admin' }

export interface EmbargoFacts {
  status: BriefingStatus
  embargoUntil: Date | null
  withdrawnAt?: Date | null
  /** When it became public (for a briefing under embargo: the lift time). */
  publishedAt?: Date | null
}

/** How a briefing's public URL shows it to someone; null is a 404. */
export type View = 'public' | 'embargoed' | 'withdrawn'

const SENT: BriefingStatus[] = ['scheduled', 'published']

/** Whether the embargo is over at `now` (a briefing without one is lifted once sent). Computed per request: no job has to run. */
export function isLifted(b: EmbargoFacts, now: Date) {
  return SENT.includes(b.status) && (b.embargoUntil === null || b.embargoUntil.getTime() <= now.getTime())
}

/** Under embargo right now: sent to journalists, not yet public. */
export function isUnderEmbargo(b: EmbargoFacts, now: Date) {
  return SENT.includes(b.status) && b.embargoUntil !== null && b.embargoUntil.getTime() > now.getTime()
}

/** Approved journalists, officers and admins may read what is under embargo. */
export function isEntitled(viewer: Viewer) {
  return viewer.kind === 'officer' || viewer.kind === 'admin' || (viewer.kind === 'journalist' && viewer.status === 'approved')
}

/** A withdrawn briefing that had been public keeps its URL, with the notice, for everyone. */
function wasPublicWhenWithdrawn(b: EmbargoFacts) {
  return Boolean(b.publishedAt && b.withdrawnAt && b.publishedAt.getTime() <= b.withdrawnAt.getTime())
}

/** What `viewer` gets at `/press/:slug` at `now`. Drafts are never shown there (officers preview them elsewhere). */
export function viewFor(b: EmbargoFacts, viewer: Viewer, now: Date): View | null {
  if (b.status === 'withdrawn') return wasPublicWhenWithdrawn(b) || isEntitled(viewer) ? 'withdrawn' : null
  if (isLifted(b, now)) return 'public'
  if (isUnderEmbargo(b, now)) return isEntitled(viewer) ? 'embargoed' : null
  return null
}

export function canSee(b: EmbargoFacts, viewer: Viewer, now: Date) {
  return viewFor(b, viewer, now) !== null
}

/** Whether it may appear in the press room, feeds, search and the sitemap: only once lifted, for everyone alike. */
export function isListed(b: EmbargoFacts, now: Date) {
  return isLifted(b, now)
}
