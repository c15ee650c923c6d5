/**
 * Small-cell suppression for published breakdowns (the Office for National Statistics' habit):
 * every count of 1 to 9 people is hidden (primary suppression; a count of nobody describes no
 * one, and hiding it would force hiding the totals of every empty group), then more counts are hidden (secondary
 * suppression) until no hidden count can be worked out from what is published — not by
 * subtracting a row or column from its total, and not by any chain of such sums.
 *
 * A table with its totals is a flow: people run from the grand total to their group (row total),
 * from the group to their answer (cell), and from the answer back (column total). Two breakdowns of
 * the same answers (by nation, by practice area) share their column totals, so both are one
 * network. A hidden count can be changed, leaving everything published the same, exactly when it
 * lies on a cycle of hidden counts that can carry one person round without any count going below
 * zero (network matrices are totally unimodular, so whole-person cycles are enough). A hidden
 * count on no such cycle is "pinned": it can be recovered, and another count must be hidden.
 */
export const MIN_CELL = 10

export interface CellTable {
  /** cells[row][column]: rows are groups (nations, practice areas), columns are answers. */
  cells: number[][]
  /** The published base of each group. */
  rowTotals: number[]
  /** How many chose each answer: the same for every table of one question. */
  columnTotals: number[]
  /** Everyone who answered: the same for every table of one question. */
  total: number
  /** False when people may choose several answers: a row's cells then do not add up to its base. */
  additive?: boolean
}

export interface Suppression {
  cells: boolean[][]
  rowTotals: boolean[]
  columnTotals: boolean[]
  total: boolean
  /** True where a count was hidden for being small, not to protect another. */
  primary: boolean[][]
}

type Ref = { kind: 'cell'; table: number; row: number; column: number } | { kind: 'row'; table: number; row: number } | { kind: 'column'; column: number } | { kind: 'total' }

interface Edge {
  from: number
  to: number
  value: number
  ref: Ref
  /** A sum nobody publishes (a several-answers row's selections): always unknown, never protected. */
  unpublished?: boolean
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

function check(tables: CellTable[]) {
  if (tables.length < 1 || tables.length > 2) throw new RangeError('suppression takes one or two breakdowns of the same answers')
  const [first] = tables
  for (const table of tables) {
    if (table.columnTotals.join() !== first.columnTotals.join() || table.total !== first.total) throw new RangeError('breakdowns of one question share their totals')
    table.columnTotals.forEach((c, j) => {
      if (sum(table.cells.map((row) => row[j])) !== c) throw new RangeError(`column ${j} does not add up to its total`)
    })
    if (table.additive !== false) {
      table.cells.forEach((row, i) => {
        if (sum(row) !== table.rowTotals[i]) throw new RangeError(`row ${i} does not add up to its total`)
      })
      if (sum(table.rowTotals) !== table.total) throw new RangeError('the groups do not add up to the total')
    }
  }
}

/** The network of published counts: one edge per count (see the comment at the top). */
export function network(tables: CellTable[]): { edges: Edge[]; nodes: number } {
  let nodes = 0
  const node = () => nodes++
  const edges: Edge[] = []
  const [top, bottom] = [node(), node()]
  const additive = tables.every((t) => t.additive !== false)
  const columns = tables[0].columnTotals.length
  const rowsOf = (t: number, reversed: boolean, columnNodes: number[]) =>
    tables[t].cells.forEach((row, i) => {
      const r = node()
      const rowEdge = { value: additive ? tables[t].rowTotals[i] : sum(row), ref: { kind: 'row', table: t, row: i } as Ref, unpublished: !additive }
      edges.push(reversed ? { from: r, to: bottom, ...rowEdge } : { from: top, to: r, ...rowEdge })
      row.forEach((value, j) => edges.push({ from: reversed ? columnNodes[j] : r, to: reversed ? r : columnNodes[j], value, ref: { kind: 'cell', table: t, row: i, column: j } }))
    })
  const upper = Array.from({ length: columns }, node)
  rowsOf(0, false, upper)
  const lower = tables.length === 2 ? Array.from({ length: columns }, node) : upper.map(() => bottom)
  tables[0].columnTotals.forEach((value, j) => edges.push({ from: upper[j], to: lower[j], value, ref: { kind: 'column', column: j } }))
  if (tables.length === 2) rowsOf(1, true, lower)
  edges.push({ from: bottom, to: top, value: additive ? tables[0].total : sum(tables[0].columnTotals), ref: { kind: 'total' }, unpublished: !additive })
  return { edges, nodes }
}

/** Whether one person can be moved from `start` to `end` through hidden counts other than `skip`. */
function reaches(edges: Edge[], nodes: number, hidden: boolean[], skip: number, start: number, end: number) {
  const next: number[][] = Array.from({ length: nodes }, () => [])
  edges.forEach((e, i) => {
    if (!hidden[i] || i === skip) return
    next[e.from].push(e.to)
    if (e.value >= 1) next[e.to].push(e.from)
  })
  const seen = new Uint8Array(nodes)
  const queue = [start]
  seen[start] = 1
  while (queue.length) {
    const at = queue.pop()!
    if (at === end) return true
    for (const to of next[at]) if (!seen[to]) ((seen[to] = 1), queue.push(to))
  }
  return false
}

/** Whether the hidden count `i` could be worked out exactly from everything published. */
export function isPinned(edges: Edge[], nodes: number, hidden: boolean[], i: number) {
  const e = edges[i]
  const up = reaches(edges, nodes, hidden, i, e.to, e.from)
  const down = e.value >= 1 && reaches(edges, nodes, hidden, i, e.from, e.to)
  return !up && !down
}

/** What hiding a count costs: cells before totals, small before large, the grand total last of all. */
function cost(edge: Edge) {
  const penalty = edge.ref.kind === 'cell' ? 0 : edge.ref.kind === 'total' ? 1e12 : 1e6
  return penalty + edge.value + 1
}

/**
 * The cheapest set of counts to hide so that one person could move from `start` to `end`
 * (hidden counts are free), skipping `skip`: Dijkstra over the network, both ways along each count
 * that has someone to take away.
 */
function cheapestPath(edges: Edge[], nodes: number, hidden: boolean[], skip: number, start: number, end: number): number[] | null {
  const distance = new Array<number>(nodes).fill(Infinity)
  const via = new Array<{ node: number; edge: number } | null>(nodes).fill(null)
  const done = new Uint8Array(nodes)
  distance[start] = 0
  for (;;) {
    let at = -1
    for (let n = 0; n < nodes; n++) if (!done[n] && distance[n] < Infinity && (at < 0 || distance[n] < distance[at])) at = n
    if (at < 0) return null
    if (at === end) break
    done[at] = 1
    edges.forEach((e, i) => {
      if (i === skip) return
      const to = e.from === at ? e.to : e.to === at && e.value >= 1 ? e.from : -1
      if (to < 0) return
      const d = distance[at] + (hidden[i] ? 0 : cost(e))
      if (d < distance[to]) ((distance[to] = d), (via[to] = { node: at, edge: i }))
    })
  }
  const path: number[] = []
  for (let n = end; via[n]; n = via[n]!.node) path.push(via[n]!.edge)
  return path
}

/** Hides what must be hidden in one question's breakdowns (one table, or two sharing their totals). */
export function suppress(tables: CellTable[], threshold = MIN_CELL): Suppression[] {
  check(tables)
  const { edges, nodes } = network(tables)
  const primary = edges.map((e) => !!e.unpublished || (e.value > 0 && e.value < threshold))
  const hidden = [...primary]
  const protect = edges.map((e, i) => primary[i] && !e.unpublished)
  for (;;) {
    const target = edges.findIndex((_, i) => protect[i] && isPinned(edges, nodes, hidden, i))
    if (target < 0) break
    // Close a cycle through the pinned count, whichever way round is cheaper.
    const e = edges[target]
    const paths = [cheapestPath(edges, nodes, hidden, target, e.to, e.from), e.value >= 1 ? cheapestPath(edges, nodes, hidden, target, e.from, e.to) : null]
    const price = (path: number[]) => path.reduce((s, i) => s + (hidden[i] ? 0 : cost(edges[i])), 0)
    const best = paths.filter((p): p is number[] => p !== null).sort((a, b) => price(a) - price(b))[0]
    if (!best || best.every((i) => hidden[i])) {
      hidden.fill(true)
      break
    }
    for (const i of best) hidden[i] = true
  }
  return tables.map((table, t) => {
    const at = (match: (r: Ref) => boolean) => hidden[edges.findIndex((e) => match(e.ref))]
    const cellIndex = new Map(edges.map((e, i) => [e.ref.kind === 'cell' && e.ref.table === t ? `${e.ref.row}:${e.ref.column}` : '', i]))
    return {
      cells: table.cells.map((row, r) => row.map((_, c) => hidden[cellIndex.get(`${r}:${c}`)!])),
      primary: table.cells.map((row, r) => row.map((_, c) => primary[cellIndex.get(`${r}:${c}`)!])),
      // A several-answers table's base is not in the network: it is hidden only when small.
      rowTotals: table.rowTotals.map((v, r) => (table.additive === false ? v > 0 && v < threshold : at((ref) => ref.kind === 'row' && ref.table === t && ref.row === r))),
      columnTotals: table.columnTotals.map((_, c) => at((ref) => ref.kind === 'column' && ref.column === c)),
      total: table.total < threshold || (table.additive !== false && at((ref) => ref.kind === 'total')),
    }
  })
}
