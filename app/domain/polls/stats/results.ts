import { rake } from './raking.ts'
import { type CellTable, MIN_CELL, type Suppression, suppress } from './suppression.ts'
import { type Breakdown, NATIONS, NOT_STATED, type OptionResult, type PollQuestionInfo, type PollResults, type PollTally, PRACTICE_AREAS, type QuestionResult, type WeightingSummary } from './types.ts'
import { wilsonFromProportion, wilsonInterval } from './wilson.ts'

export interface BuildResultsInput {
  questions: PollQuestionInfo[]
  tallies: PollTally[]
  published: boolean
  viewer: 'officer' | 'public'
  /** The membership's shares by nation (any scale), to weight to; none: unweighted. */
  nationTargets?: Record<string, number> | null
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

interface Grouped {
  groups: string[]
  table: CellTable
}

/** One breakdown as a table, with a "not stated" row for answers whose group is not known. */
function grouped(tally: PollTally, by: Record<string, Record<string, number>>, known: readonly string[], bases: Record<string, number> | undefined, additive: boolean): Grouped {
  const columns = tally.options.map((o) => o.id)
  const columnTotals = tally.options.map((o) => o.count)
  const groups = [
    ...known,
    ...Object.keys(by)
      .filter((g) => !known.includes(g) && g !== NOT_STATED)
      .sort(),
  ]
  const cells = groups.map((g) => columns.map((c) => by[g]?.[c] ?? 0))
  const rest = columns.map((c, j) => columnTotals[j] - sum(cells.map((row) => row[j])))
  if (rest.some((r) => r < 0)) throw new RangeError(`the breakdown of ${tally.questionId} has more answers than the question`)
  const baseOf = (row: number[], g: string) => (additive ? sum(row) : (bases?.[g] ?? 0))
  const rowTotals = cells.map((row, i) => baseOf(row, groups[i]))
  const restBase = additive ? sum(rest) : bases ? tally.n - sum(rowTotals) : 0
  if (rest.some((r) => r > 0) || restBase > 0) {
    groups.push(NOT_STATED)
    cells.push(rest)
    rowTotals.push(restBase)
  }
  return { groups, table: { cells, rowTotals, columnTotals, total: tally.n, additive } }
}

function breakdown(dimension: Breakdown['dimension'], { groups, table }: Grouped, hidden: Suppression, basesKnown: boolean, optionIds: string[]): Breakdown {
  return {
    dimension,
    rows: groups.map((group, i) => {
      const baseSuppressed = basesKnown && hidden.rowTotals[i]
      const base = basesKnown && !baseSuppressed ? table.rowTotals[i] : null
      return {
        group,
        base,
        baseSuppressed,
        cells: table.cells[i].map((count, j) => {
          const suppressed = hidden.cells[i][j]
          // A share beside its count would give away a hidden base: shown only with the base.
          const share = !suppressed && base ? count / base : null
          return { optionId: optionIds[j], count: suppressed ? null : count, share, interval: share === null || !base ? null : wilsonInterval(count, base), suppressed }
        }),
      }
    }),
  }
}

function weighting(nations: Grouped, hidden: Suppression, targets: Record<string, number>, basesKnown: boolean) {
  if (!basesKnown || nations.table.total === 0) return null
  const { groups, table } = nations
  const stated = groups.map((g) => g !== NOT_STATED)
  const statedShare = sum(table.rowTotals.filter((_, i) => stated[i])) / table.total
  // Those with no nation keep their own share of the answers; the nations share the rest.
  const scale = sum(Object.values(targets))
  const goals: Record<string, number> = Object.fromEntries(Object.entries(targets).map(([g, t]) => [g, (t / scale) * statedShare]))
  if (statedShare < 1) goals[NOT_STATED] = 1 - statedShare
  const result = rake(
    groups.map((g, i) => ({ categories: { nation: g }, count: table.rowTotals[i] })),
    { nation: goals },
  )
  const weightedBase = sum(table.rowTotals.map((r, i) => r * result.weights[i]))
  const shares = table.columnTotals.map((_, j) => sum(table.cells.map((row, i) => row[j] * result.weights[i])) / weightedBase)
  // A weighted share is one more sum over a column's nation counts: withheld where any is hidden.
  const withheld = table.columnTotals.map((_, j) => hidden.columnTotals[j] || table.cells.some((_, i) => hidden.cells[i][j]))
  return { shares, withheld, effectiveSampleSize: result.effectiveSampleSize, missing: result.missing.map((m) => m.category) }
}

/** One question's figures: percentages with 95% intervals, base, breakdowns with small counts hidden. */
function questionResult(info: PollQuestionInfo & { kind: QuestionResult['kind'] }, tally: PollTally, nationTargets?: Record<string, number> | null): QuestionResult {
  const additive = info.kind !== 'multiple'
  const tooFew = tally.n < MIN_CELL
  const nations = grouped(tally, tally.byNation, NATIONS, tally.bases?.byNation, additive)
  const areas = grouped(tally, tally.byPracticeArea, PRACTICE_AREAS, tally.bases?.byPracticeArea, additive)
  const basesKnown = (dimension: 'byNation' | 'byPracticeArea') => additive || tally.bases?.[dimension] !== undefined
  const base = { questionId: info.id, wording: info.wording, kind: info.kind, n: tally.n, tooFew }
  if (tooFew) return { ...base, options: [], breakdowns: [], weighting: null }
  const [byNation, byArea] = suppress([nations.table, areas.table])
  const weighted = nationTargets && Object.keys(nationTargets).length ? weighting(nations, byNation, nationTargets, basesKnown('byNation')) : null
  const options: OptionResult[] = tally.options.map((o, j) => {
    const suppressed = byNation.columnTotals[j]
    const show = weighted && !weighted.withheld[j] && !suppressed
    return {
      id: o.id,
      label: o.label,
      count: suppressed ? null : o.count,
      share: suppressed ? null : o.count / tally.n,
      interval: suppressed ? null : wilsonInterval(o.count, tally.n),
      suppressed,
      weightedShare: show ? weighted.shares[j] : null,
      weightedInterval: show ? wilsonFromProportion(weighted.shares[j], weighted.effectiveSampleSize) : null,
    }
  })
  const ids = tally.options.map((o) => o.id)
  const summary: WeightingSummary | null = weighted
    ? { by: 'nation', effectiveSampleSize: weighted.effectiveSampleSize, missing: weighted.missing, withheld: ids.filter((_, j) => weighted.withheld[j]) }
    : null
  return {
    ...base,
    options,
    breakdowns: [breakdown('nation', nations, byNation, basesKnown('byNation'), ids), breakdown('practice_area', areas, byArea, basesKnown('byPracticeArea'), ids)],
    weighting: summary,
  }
}

/**
 * The whole presentation of a poll's results. Officers see them live; the public only once they
 * are published. Free-text answers are never part of it.
 */
export function buildPollResults(input: BuildResultsInput): PollResults {
  if (!input.published && input.viewer !== 'officer') return { visible: false, questions: [] }
  const tallies = new Map(input.tallies.map((t) => [t.questionId, t]))
  const questions = input.questions.flatMap((q) => {
    const tally = tallies.get(q.id)
    if (q.kind === 'text' || !tally) return []
    return [questionResult({ ...q, kind: q.kind }, tally, input.nationTargets)]
  })
  return { visible: true, questions }
}
