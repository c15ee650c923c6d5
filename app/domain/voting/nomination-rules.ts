import { msg } from '~/i18n/translate.ts'

export type NominationStatus = 'awaiting_acceptance' | 'submitted' | 'valid' | 'rejected' | 'withdrawn'
export type NominationEvent = 'accept' | 'validate' | 'reject' | 'withdraw'

/**
 * The life of a nomination: one made by another member awaits the nominee's acceptance; a
 * submitted nomination is validated or rejected by the returning officer (who may reconsider
 * either way until nominations close); the nominee may withdraw at any point before the close.
 * Withdrawn is final. Returns null when the event does not apply.
 */
export function nextNominationStatus(status: NominationStatus, event: NominationEvent): NominationStatus | null {
  if (status === 'withdrawn') return null
  switch (event) {
    case 'accept':
      return status === 'awaiting_acceptance' ? 'submitted' : null
    case 'validate':
      return status === 'submitted' || status === 'rejected' ? 'valid' : null
    case 'reject':
      return status === 'submitted' || status === 'valid' ? 'rejected' : null
    case 'withdraw':
      return 'withdrawn'
  }
}

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  awaiting_acceptance: msg('Waiting for the nominee to accept'),
  submitted: msg('Waiting for the returning officer'),
  valid: msg('Valid'),
  rejected: msg('Rejected'),
  withdrawn: msg('Withdrawn'),
}

/**
 * Words as a person counts them: runs of text between spaces, so "well-being" is one word and
 * "2026" is one; marks that are not words (Markdown's "#", "-", "*", a lone dash) are not
 * counted, and a link counts the words of its text, not its address.
 */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, 'link')
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

/** The surname as a paper sorts by it: the last word of the name, ignoring case and accents. */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/)
  return words[words.length - 1] ?? ''
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' })

/**
 * Candidates in the order they appear on the paper: alphabetical by surname (then by the whole
 * name), or a random order drawn with `randomIndex` (the caller passes the system's CSPRNG;
 * tests pass a fixed sequence).
 */
export function orderCandidates<T extends { name: string }>(candidates: T[], order: 'alphabetical' | 'random', randomIndex: (below: number) => number): T[] {
  if (order === 'alphabetical') return [...candidates].sort((a, b) => collator.compare(surnameOf(a.name), surnameOf(b.name)) || collator.compare(a.name, b.name))
  const out = [...candidates]
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

export interface StandRules {
  /** Tier ids whose members may stand; empty means any tier that carries a vote. */
  standTiers: string[]
  standMinYears: number
}

/** Whole years of membership at `now`, from the date the member joined. */
export function yearsOfMembership(joinedAt: Date | null, now: Date): number {
  if (!joinedAt) return 0
  let years = now.getUTCFullYear() - joinedAt.getUTCFullYear()
  const anniversary = new Date(joinedAt)
  anniversary.setUTCFullYear(now.getUTCFullYear())
  if (anniversary > now) years -= 1
  return Math.max(0, years)
}

/** Whether a member (already eligible to vote in the election) may stand in it. */
export function standingEligibility(member: { tierId: string; joinedAt: Date | null }, rules: StandRules, now: Date): { ok: true } | { ok: false; reason: string; values?: Record<string, number> } {
  if (rules.standTiers.length && !rules.standTiers.includes(member.tierId)) return { ok: false, reason: msg('Your membership tier cannot stand in this election.') }
  if (rules.standMinYears > 0 && yearsOfMembership(member.joinedAt, now) < rules.standMinYears) {
    return { ok: false, reason: msg('Candidates need at least {years, plural, one {# year} other {# years}} of membership.'), values: { years: rules.standMinYears } }
  }
  return { ok: true }
}

/** At close: no more valid nominations than seats means they are elected unopposed and no ballot is held. */
export function outcomeAtClose(valid: number, seats: number): 'unopposed' | 'ballot' {
  return valid <= seats ? 'unopposed' : 'ballot'
}
