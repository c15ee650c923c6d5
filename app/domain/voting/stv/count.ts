/**
 * Single transferable vote, counted by the Scottish rules: the Scottish Local Government Elections
 * Order 2007 (SSI 2007/42) Sch.1 rules 45–52, unchanged in SSI 2011/399.
 *
 * - Quota: floor(valid papers / (seats + 1)) + 1 (r.46). Elected on reaching it (r.47).
 * - Surplus: ALL the elected candidate's papers move on, each at value × surplus / total, truncated
 *   to 5 decimal places (weighted inclusive Gregory, r.48). Largest surplus first; equal surpluses by
 *   the most recent earlier stage at which the candidates differed, else by lot (r.49).
 * - Otherwise the lowest continuing candidate is excluded (same tie rules, r.51) and their papers move
 *   at the value they arrived with (r.50).
 * - When, at the end of a stage, the continuing candidates are as many as the vacancies left, they are
 *   elected and nothing more is transferred (r.52). An exclusion's papers are always transferred first:
 *   that is what the official 5-dp stage reports of Glasgow (2007) and Dundee (2022) do, and the order
 *   of the last candidates elected depends on it.
 *
 * Every vote value is an integer number of hundred-thousandths (1 paper = 100000), so totals are exact
 * to the 5 decimal places of the official stage reports. Identical rankings are merged and each
 * candidate holds a pile of (ranking, position, value) entries, so a stage touches only the papers it moves.
 */
import { DomainError } from '~/domain/errors.ts'
import { msg, translate } from '~/i18n/translate.ts'
import type { Election } from './blt.ts'
import { createLot, defaultSeed, hashSeed } from './lot.ts'

/** One paper's full value: 5 decimal places. */
export const UNIT = 100_000

export type StvAction = 'elect' | 'transfer-surplus' | 'exclude' | 'elect-remaining'

export interface StvRound {
  /** The count stage (1 = first preferences); an `elect-remaining` round shares the stage it ends. */
  stage: number
  /**
   * `elect` (stage 1: first preferences counted, `candidates` reached the quota), `transfer-surplus`
   * or `exclude` (`candidates` = whose papers moved), `elect-remaining` (rule 52).
   */
  action: StvAction
  candidates: string[]
  /** Who reached the quota at this stage, highest first. */
  elected: string[]
  /** Every candidate's votes at the end of the stage, 5 dp (withdrawn candidates omitted). */
  tallies: Record<string, string>
  /** Valid papers minus all tallies: exhausted papers plus the residue lost to truncation, as official reports show it. */
  nonTransferable: string
  note?: string
}

export interface StvLot {
  stage: number
  reason: 'order of surplus transfer' | 'exclusion' | 'order of election'
  tied: string[]
  chosen: string
}

export interface StvResult {
  /** In order of election; candidates elected at the same stage by their votes. */
  elected: string[]
  quota: number
  seats: number
  /** Papers with at least one preference for a candidate who is standing. */
  validBallots: number
  rounds: StvRound[]
  tieBrokenByLot: boolean
  /** Every lot drawn, and the seed that makes it reproducible. */
  lots: StvLot[]
  seed: string
}

export interface CountOptions {
  /** Overrides the election's number of seats. */
  seats?: number
  /** Seed for drawing lots (rules 49(3), 51(2)(b)); defaults to a digest of the election itself. */
  seed?: string | number
  /**
   * When an exclusion leaves as many continuing candidates as vacancies: 'transfer' (default) moves the
   * excluded candidate's papers first, as the Glasgow 2007 and Dundee 2022 official reports do;
   * 'no-transfer' elects the rest at once under a literal reading of rule 52(2), as the West
   * Dunbartonshire 2017 and North Lanarkshire 2012 result sheets do. The winners are the same either
   * way; the last stage's figures (and so the order of the last candidates elected) can differ.
   */
  finalExclusion?: 'transfer' | 'no-transfer'
}

/**
 * A stage's note, in English: the notes belong to the published result, which a recount must
 * reproduce byte for byte (record.ts). They are messages all the same, so a page can show them in Welsh.
 */
const english = (message: string, values?: Record<string, unknown>) => translate('en', message, values)

/** Formats a scaled value as a 5-decimal string, e.g. 191400000 → "1914.00000". */
export function formatVotes(value: number): string {
  const whole = Math.floor(value / UNIT)
  return `${whole}.${String(value - whole * UNIT).padStart(5, '0')}`
}

/** Truncated `value × surplus / total`, exact whatever the magnitudes. */
function transferValue(value: number, surplus: number, total: number) {
  const product = value * surplus
  if (Number.isSafeInteger(product)) return Math.floor(product / total)
  return Number((BigInt(value) * BigInt(surplus)) / BigInt(total))
}

/** A candidate's papers: ranking index, position of this candidate in it, value now carried. */
class Pile {
  group: number[] = []
  pos: number[] = []
  value: number[] = []
  push(g: number, p: number, v: number) {
    this.group.push(g)
    this.pos.push(p)
    this.value.push(v)
  }
}

const enum State {
  Hopeful,
  Elected,
  Excluded,
  Withdrawn,
}

export function countStv(election: Election, options: CountOptions = {}): StvResult {
  const names = election.candidates
  const n = names.length
  const seats = options.seats ?? election.seats
  if (!Number.isInteger(seats) || seats < 1) throw new DomainError('invalid_input', msg('The number of seats must be a whole number of at least 1 (got {seats})'), undefined, { seats: String(seats) })
  if (new Set(names).size !== n) throw new DomainError('invalid_input', msg('Two candidates have the same name'))
  const state: State[] = names.map(() => State.Hopeful)
  for (const w of election.withdrawn) {
    if (!Number.isInteger(w) || w < 0 || w >= n) throw new DomainError('invalid_input', msg('Withdrawn candidate {candidate} is not a candidate'), undefined, { candidate: String(w) })
    state[w] = State.Withdrawn
  }

  // Merge identical rankings (withdrawn candidates and repeats dropped); blank papers are not valid.
  const groupIndex = new Map<string, number>()
  const groupWeight: number[] = []
  const groupPrefs: number[][] = []
  let validBallots = 0
  const seen = new Float64Array(n)
  election.ballots.forEach((b, i) => {
    if (!Number.isSafeInteger(b.weight) || b.weight < 0)
      throw new DomainError('invalid_input', msg('Ballot {ballot} has weight {weight}; weights are whole numbers'), undefined, { ballot: i + 1, weight: String(b.weight) })
    if (b.weight === 0) return
    if (!Number.isSafeInteger(b.weight * UNIT))
      throw new DomainError('invalid_input', msg('Ballot {ballot} has weight {weight}, too large to count exactly'), undefined, { ballot: i + 1, weight: String(b.weight) })
    const prefs: number[] = []
    // A stamp per ballot keeps the repeat check linear however long the ranking.
    for (const c of b.prefs) {
      if (!Number.isInteger(c) || c < 0 || c >= n)
        throw new DomainError('invalid_input', msg('Ballot {ballot} ranks candidate {candidate}, who does not exist'), undefined, { ballot: i + 1, candidate: String(c) })
      if (state[c] !== State.Withdrawn && seen[c] !== i + 1) {
        seen[c] = i + 1
        prefs.push(c)
      }
    }
    if (prefs.length === 0) return
    validBallots += b.weight
    if (!Number.isSafeInteger(validBallots * UNIT)) throw new DomainError('invalid_input', msg('The papers weigh too much in total to count exactly'))
    const key = n < 0xffff ? String.fromCharCode(...prefs) : prefs.join(',')
    const g = groupIndex.get(key)
    if (g === undefined) {
      groupIndex.set(key, groupWeight.length)
      groupWeight.push(b.weight)
      groupPrefs.push(prefs)
    } else groupWeight[g] += b.weight
  })

  const quota = Math.floor(validBallots / (seats + 1)) + 1
  const quotaValue = quota * UNIT
  const seed = options.seed === undefined ? defaultSeed(names, seats, groupPrefs, groupWeight) : String(options.seed)
  const lot = createLot(seed)
  const lots: StvLot[] = []

  const piles = names.map(() => new Pile())
  const votes: number[] = names.map(() => 0)
  groupPrefs.forEach((prefs, g) => {
    piles[prefs[0]].push(g, 0, UNIT)
    votes[prefs[0]] += groupWeight[g] * UNIT
  })

  /** history[s - 1] = every candidate's votes at the end of stage s. */
  const history: number[][] = []
  const rounds: StvRound[] = []
  const elected: number[] = []
  const pendingSurplus = new Set<number>()
  let stage = 1

  const hopefuls = () => state.flatMap((s, c) => (s === State.Hopeful ? [c] : []))

  /**
   * Picks one of `tied` (equal now): by the most recent earlier stage at which they differed, narrowing
   * as it goes back, then by lot. `want` says whether the highest or the lowest is picked.
   */
  const breakTie = (tied: number[], want: 'highest' | 'lowest', reason: StvLot['reason']): number => {
    let field = tied
    for (let s = stage - 1; s >= 1 && field.length > 1; s--) {
      const at = history[s - 1]
      const best = want === 'highest' ? Math.max(...field.map((c) => at[c])) : Math.min(...field.map((c) => at[c]))
      field = field.filter((c) => at[c] === best)
    }
    if (field.length === 1) return field[0]
    // The order lots are drawn from comes from the seed and the names, never from how candidates were numbered.
    const key = (c: number) =>
      hashSeed(`${seed}\u0000${names[c]}`)
        .map((x) => (x >>> 0).toString(16).padStart(8, '0'))
        .join('')
    const drawOrder = [...field].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : names[a] < names[b] ? -1 : 1))
    const chosen = drawOrder[lot.below(drawOrder.length)]
    lots.push({ stage, reason, tied: [...field].sort((a, b) => a - b).map((c) => names[c]), chosen: names[chosen] })
    return chosen
  }

  /** `candidates` ordered highest vote first, ties broken as the rules say. */
  const orderByVotes = (candidates: number[], reason: StvLot['reason']): number[] => {
    const rest = [...candidates]
    const ordered: number[] = []
    while (rest.length) {
      const top = Math.max(...rest.map((c) => votes[c]))
      const tied = rest.filter((c) => votes[c] === top)
      const pick = tied.length === 1 ? tied[0] : breakTie(tied, 'highest', reason)
      ordered.push(pick)
      rest.splice(rest.indexOf(pick), 1)
    }
    return ordered
  }

  const snapshot = () => {
    const tallies: Record<string, string> = {}
    let total = 0
    names.forEach((name, c) => {
      if (state[c] === State.Withdrawn) return
      tallies[name] = formatVotes(votes[c])
      total += votes[c]
    })
    return { tallies, nonTransferable: formatVotes(validBallots * UNIT - total) }
  }

  /** Moves every paper of `from` to its next continuing preference at the value `valueOf` gives it. */
  const movePapers = (from: number, valueOf: (value: number) => number) => {
    const pile = piles[from]
    piles[from] = new Pile()
    const cache = new Map<number, number>()
    for (let i = 0; i < pile.group.length; i++) {
      const old = pile.value[i]
      let v = cache.get(old)
      if (v === undefined) cache.set(old, (v = valueOf(old)))
      if (v === 0) continue // worth nothing wherever it goes
      const g = pile.group[i]
      const prefs = groupPrefs[g]
      let p = pile.pos[i] + 1
      while (p < prefs.length && state[prefs[p]] !== State.Hopeful) p++
      if (p === prefs.length) continue // exhausted: non-transferable
      const to = prefs[p]
      piles[to].push(g, p, v)
      votes[to] += groupWeight[g] * v
    }
  }

  /** Elects everyone now at or over the quota; returns them highest first. */
  const electReachingQuota = (): number[] => {
    const reached = hopefuls().filter((c) => votes[c] >= quotaValue)
    const ordered = orderByVotes(reached, msg('order of election')).slice(0, seats - elected.length)
    for (const c of ordered) {
      state[c] = State.Elected
      elected.push(c)
      if (votes[c] > quotaValue) pendingSurplus.add(c)
    }
    return ordered
  }

  let lotsNoted = 0
  const record = (action: StvAction, candidates: number[], electedNow: number[], note?: string) => {
    const drawn = lots
      .slice(lotsNoted)
      .map((l) => english(msg('{tied} were equal at every stage; lot (seed "{seed}") chose {chosen} ({reason}).'), { tied: l.tied.join(', '), seed, chosen: l.chosen, reason: l.reason }))
    lotsNoted = lots.length
    const fullNote = [note, ...drawn].filter(Boolean).join(' ')
    rounds.push({ stage, action, candidates: candidates.map((c) => names[c]), elected: electedNow.map((c) => names[c]), ...snapshot(), ...(fullNote ? { note: fullNote } : {}) })
  }

  /** Rule 52: the continuing candidates fill the vacancies left, with no further transfer. */
  const electRemaining = (note: string) => {
    const rest = orderByVotes(hopefuls(), msg('order of election'))
    for (const c of rest) {
      state[c] = State.Elected
      elected.push(c)
    }
    const unfilled = seats - elected.length
    record('elect-remaining', rest, rest, unfilled > 0 ? english(msg('{note} {unfilled, plural, one {# seat} other {# seats}} cannot be filled: no candidates are left.'), { note, unfilled }) : note)
  }

  // Stage 1: first preferences (r.45).
  history.push([...votes])
  const firstElected = electReachingQuota()
  record('elect', firstElected, firstElected, english(msg('First preferences; {papers} valid papers, quota {quota}.'), { papers: String(validBallots), quota: String(quota) }))

  while (elected.length < seats) {
    const left = seats - elected.length
    if (hopefuls().length <= left) {
      electRemaining(english(msg('The continuing candidates are as many as the vacancies left (rule 52).')))
      break
    }
    stage++
    if (pendingSurplus.size > 0) {
      const pending = [...pendingSurplus]
      const top = Math.max(...pending.map((c) => votes[c]))
      const tied = pending.filter((c) => votes[c] === top)
      const c = tied.length === 1 ? tied[0] : breakTie(tied, 'highest', msg('order of surplus transfer'))
      pendingSurplus.delete(c)
      const total = votes[c]
      const surplus = total - quotaValue
      movePapers(c, (value) => transferValue(value, surplus, total))
      votes[c] = quotaValue
      history.push([...votes])
      const now = electReachingQuota()
      record(
        'transfer-surplus',
        [c],
        now,
        english(msg("Surplus of {surplus} transferred from {candidate} at {surplus}/{total} of each paper's value."), {
          surplus: formatVotes(surplus),
          candidate: names[c],
          total: formatVotes(total),
        }),
      )
      continue
    }
    const continuing = hopefuls()
    const bottom = Math.min(...continuing.map((c) => votes[c]))
    const tied = continuing.filter((c) => votes[c] === bottom)
    const c = tied.length === 1 ? tied[0] : breakTie(tied, 'lowest', msg('exclusion'))
    state[c] = State.Excluded
    if (options.finalExclusion === 'no-transfer' && continuing.length - 1 <= left) {
      record(
        'exclude',
        [c],
        [],
        english(msg('{candidate} excluded with the fewest votes; papers not transferred: the continuing candidates now fill the vacancies (rule 52).'), { candidate: names[c] }),
      )
      electRemaining(english(msg('The continuing candidates are as many as the vacancies left (rule 52).')))
      break
    }
    movePapers(c, (value) => value)
    votes[c] = 0
    history.push([...votes])
    const now = electReachingQuota()
    record('exclude', [c], now, english(msg('{candidate} excluded with the fewest votes; papers transferred at their current value.'), { candidate: names[c] }))
  }

  return {
    elected: elected.map((c) => names[c]),
    quota,
    seats,
    validBallots,
    rounds,
    tieBrokenByLot: lots.length > 0,
    lots,
    seed,
  }
}

/** Reads a 5-dp vote total ("1914.00000") back into hundred-thousandths, for exact comparisons. */
export function parseVotes(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,5}))?$/.exec(text)
  if (!m) throw new DomainError('invalid_input', msg('“{text}” is not a vote total'), undefined, { text })
  return Number(m[1]) * UNIT + Number((m[2] ?? '').padEnd(5, '0'))
}
