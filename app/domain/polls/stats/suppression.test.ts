import { describe, expect, it } from 'vitest'
import { type CellTable, isPinned, network, type Suppression, suppress } from './suppression.ts'

/**
 * Attackers who see only what is published. Every published figure is an unknown-free term; each
 * row, column and total of every table is an equation. They try to recover the hidden counts.
 */
interface System {
  /** Known value, or null when hidden. */
  values: Array<number | null>
  truth: number[]
  /** Each equation: the sum of `plus` equals the sum of `minus`. */
  equations: Array<{ plus: number[]; minus: number[] }>
  /** Indices of the counts hidden for being small. */
  protectedCells: number[]
}

function systemOf(tables: CellTable[], hidden: Suppression[]): System {
  const truth: number[] = []
  const values: Array<number | null> = []
  const add = (value: number, isHidden: boolean) => {
    truth.push(value)
    values.push(isHidden ? null : value)
    return truth.length - 1
  }
  const total = add(tables[0].total, hidden[0].total)
  const columns = tables[0].columnTotals.map((v, j) => add(v, hidden[0].columnTotals[j]))
  const equations: System['equations'] = []
  const protectedCells: number[] = []
  tables.forEach((table, t) => {
    const cells = table.cells.map((row, i) =>
      row.map((v, j) => {
        const index = add(v, hidden[t].cells[i][j])
        if (hidden[t].primary[i][j]) protectedCells.push(index)
        return index
      }),
    )
    const rows = table.rowTotals.map((v, i) => add(v, hidden[t].rowTotals[i]))
    cells.forEach((row, i) => equations.push({ plus: row, minus: [rows[i]] }))
    columns.forEach((c, j) => equations.push({ plus: cells.map((row) => row[j]), minus: [c] }))
    equations.push({ plus: rows, minus: [total] })
  })
  equations.push({ plus: columns, minus: [total] })
  return { values, truth, equations, protectedCells }
}

/** Subtraction, again and again: any equation with one unknown gives it away. */
function recoverBySubtraction(system: System) {
  const known = [...system.values]
  for (let progress = true; progress;) {
    progress = false
    for (const { plus, minus } of system.equations) {
      const unknown = [...plus, ...minus].filter((i) => known[i] === null)
      if (unknown.length !== 1) continue
      const [x] = unknown
      const side = (terms: number[]) => terms.reduce((s, i) => s + (i === x ? 0 : (known[i] as number)), 0)
      known[x] = plus.includes(x) ? side(minus) - side(plus) : side(plus) - side(minus)
      progress = true
    }
  }
  return known
}

/** Linear algebra: an unknown is determined when it is a combination of the equations. */
function determinedByAlgebra(system: System, target: number) {
  const unknowns = system.values.flatMap((v, i) => (v === null ? [i] : []))
  const column = new Map(unknowns.map((u, k) => [u, k]))
  const rows = system.equations.map(({ plus, minus }) => {
    const row = new Array(unknowns.length).fill(0)
    for (const i of plus) if (column.has(i)) row[column.get(i)!] += 1
    for (const i of minus) if (column.has(i)) row[column.get(i)!] -= 1
    return row
  })
  const rank = (matrix: number[][]) => {
    const m = matrix.map((r) => [...r])
    let r = 0
    for (let c = 0; c < unknowns.length && r < m.length; c++) {
      const pivot = m.findIndex((row, k) => k >= r && Math.abs(row[c]) > 1e-9)
      if (pivot < 0) continue
      ;[m[r], m[pivot]] = [m[pivot], m[r]]
      for (let k = 0; k < m.length; k++) {
        if (k === r) continue
        const f = m[k][c] / m[r][c]
        for (let cc = c; cc < unknowns.length; cc++) m[k][cc] -= f * m[r][cc]
      }
      r++
    }
    return r
  }
  const unit = unknowns.map((u) => (u === target ? 1 : 0))
  return rank([...rows, unit]) === rank(rows)
}

/**
 * Whether another whole, non-negative set of hidden counts fits everything published and changes
 * this one. Any two such sets differ by a sum of moves of one person round a cycle, so trying every
 * change of −1, 0 or +1 to each hidden count is exhaustive (small tables only).
 */
function couldBeOtherwise(system: System, target: number): boolean {
  const unknowns = system.values.flatMap((v, i) => (v === null ? [i] : []))
  if (unknowns.length > 13) throw new Error('too many hidden counts to try every change')
  const change = new Map<number, number>()
  const fits = () => system.equations.every(({ plus, minus }) => plus.reduce((s, i) => s + (change.get(i) ?? 0), 0) === minus.reduce((s, i) => s + (change.get(i) ?? 0), 0))
  const tryFrom = (k: number): boolean => {
    if (k === unknowns.length) return (change.get(target) ?? 0) !== 0 && fits()
    for (const d of [0, 1, -1]) {
      if (system.truth[unknowns[k]] + d < 0) continue
      change.set(unknowns[k], d)
      if (tryFrom(k + 1)) return true
    }
    change.delete(unknowns[k])
    return false
  }
  return tryFrom(0)
}

function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
function tableOf(cells: number[][]): CellTable {
  return { cells, rowTotals: cells.map(sum), columnTotals: cells[0].map((_, j) => sum(cells.map((r) => r[j]))), total: sum(cells.flat()) }
}

/** Answers of people with a nation and a practice area, as the two breakdowns of one question. */
function twoBreakdowns(rand: () => number, nations: number, areas: number, options: number, scale: number): [CellTable, CellTable] {
  const joint = Array.from({ length: nations }, () => Array.from({ length: areas }, () => Array.from({ length: options }, () => Math.floor(rand() ** 3 * scale))))
  const byNation = joint.map((areaRows) => areaRows[0].map((_, o) => sum(areaRows.map((r) => r[o]))))
  const byArea = Array.from({ length: areas }, (_, a) => Array.from({ length: options }, (_, o) => sum(joint.map((n) => n[a][o]))))
  return [tableOf(byNation), tableOf(byArea)]
}

describe('small-cell suppression', () => {
  // Members in four nations answering yes or no: 3 in Wales said no.
  const byNation = tableOf([
    [640, 410],
    [52, 31],
    [24, 3],
    [15, 12],
  ])

  it('hides a breakdown cell of 3, and nobody can recover it from any published total', () => {
    const [hidden] = suppress([byNation])
    expect(hidden.cells[2][1]).toBe(true)
    expect(hidden.primary[2][1]).toBe(true)
    const system = systemOf([byNation], [hidden])
    const recovered = recoverBySubtraction(system)
    for (const i of system.protectedCells) expect(recovered[i]).toBeNull()
    for (const i of system.protectedCells) expect(determinedByAlgebra(system, i)).toBe(false)
    for (const i of system.protectedCells) expect(couldBeOtherwise(system, i)).toBe(true)
  })

  it('hides a second cell in the row and in the column of the small one, choosing small cells, and keeps the totals', () => {
    const [hidden] = suppress([byNation])
    expect(hidden.cells[2][0]).toBe(true) // Wales, yes: 24, else Wales' total gives the 3 away
    expect(hidden.cells[3][1]).toBe(true) // Northern Ireland, no: 12, the smallest other in the column
    expect(hidden.cells[0]).toEqual([false, false])
    expect(hidden.columnTotals).toEqual([false, false])
    expect(hidden.total).toBe(false)
  })

  it('publishes a table with no small cells untouched', () => {
    const [hidden] = suppress([
      tableOf([
        [40, 12],
        [30, 25],
      ]),
    ])
    expect(hidden.cells.flat().some(Boolean)).toBe(false)
    expect(hidden.rowTotals.some(Boolean) || hidden.columnTotals.some(Boolean) || hidden.total).toBe(false)
  })

  it('hides a group whose total is under 10, and enough others that it cannot be found by subtraction', () => {
    const table = tableOf([
      [200, 150],
      [60, 45],
      [4, 3],
    ])
    const [hidden] = suppress([table])
    expect(hidden.rowTotals[2]).toBe(true)
    const system = systemOf([table], [hidden])
    const recovered = recoverBySubtraction(system)
    const rowTotalIndex = system.truth.length - 1
    expect(recovered[rowTotalIndex]).toBeNull()
    for (const i of system.protectedCells) expect(recovered[i]).toBeNull()
  })

  it('protects cells whose only escape would need a count below zero', () => {
    // Hidden 0s cannot go down: the cell of 3 must still be movable some way.
    const table = tableOf([
      [0, 3, 50],
      [0, 40, 60],
      [30, 0, 20],
    ])
    const [hidden] = suppress([table])
    const system = systemOf([table], [hidden])
    for (const i of system.protectedCells) expect(couldBeOtherwise(system, i)).toBe(true)
  })

  it('keeps two breakdowns of one question safe together, as they share the answers’ totals', () => {
    const rand = random(7)
    for (let run = 0; run < 40; run++) {
      const tables = twoBreakdowns(rand, 4, 3, 2 + (run % 3), 30)
      const hidden = suppress(tables)
      expect(hidden[0].columnTotals).toEqual(hidden[1].columnTotals)
      const system = systemOf(tables, hidden)
      const recovered = recoverBySubtraction(system)
      for (const i of system.protectedCells) {
        expect(recovered[i]).toBeNull()
        expect(determinedByAlgebra(system, i)).toBe(false)
      }
    }
  })

  it('over random tables: every small cell is hidden and none can be recovered by subtraction or algebra', () => {
    const rand = random(2026)
    for (let run = 0; run < 200; run++) {
      const rows = 2 + Math.floor(rand() * 5)
      const columns = 2 + Math.floor(rand() * 4)
      const table = tableOf(Array.from({ length: rows }, () => Array.from({ length: columns }, () => Math.floor(rand() ** 2 * 60))))
      const [hidden] = suppress([table])
      table.cells.forEach((row, i) => row.forEach((v, j) => expect(hidden.cells[i][j] || v === 0 || v >= 10).toBe(true)))
      const system = systemOf([table], [hidden])
      const recovered = recoverBySubtraction(system)
      for (const i of system.protectedCells) {
        expect(recovered[i]).toBeNull()
        expect(determinedByAlgebra(system, i)).toBe(false)
      }
    }
  })

  it('over small random tables: every small cell could be at least two whole numbers', () => {
    const rand = random(18)
    for (let run = 0; run < 60; run++) {
      const table = tableOf(Array.from({ length: 2 }, () => Array.from({ length: 2 + (run % 2) }, () => Math.floor(rand() ** 2 * 16))))
      const [hidden] = suppress([table])
      const system = systemOf([table], [hidden])
      for (const i of system.protectedCells) expect(couldBeOtherwise(system, i), JSON.stringify(table.cells)).toBe(true)
    }
  })

  it('hides a several-answers group’s base only when it is small, and still protects its cells', () => {
    const table: CellTable = {
      cells: [
        [90, 70],
        [5, 30],
      ],
      rowTotals: [120, 32],
      columnTotals: [95, 100],
      total: 152,
      additive: false,
    }
    const [hidden] = suppress([table])
    expect(hidden.rowTotals).toEqual([false, false])
    expect(hidden.cells[1][0]).toBe(true)
    expect(hidden.cells[0][0]).toBe(true)
  })

  it('publishes counts of nobody: an empty group costs no other figure', () => {
    const table = tableOf([
      [300, 200],
      [0, 0],
      [40, 0],
    ])
    const [hidden] = suppress([table])
    expect(hidden.cells.flat().some(Boolean)).toBe(false)
    expect(hidden.rowTotals.some(Boolean)).toBe(false)
  })

  it('knows a hidden count is given away when the only way round would need fewer than nobody', () => {
    // Hide the four cells of [[3, 0], [20, 0]]: the second column's total of 0 says both its cells
    // are 0, so the first row's total gives the 3 away, though the cells form a cycle.
    const table = tableOf([
      [3, 0],
      [20, 0],
    ])
    const { edges, nodes } = network([table])
    const hidden = edges.map((e) => e.ref.kind === 'cell')
    const three = edges.findIndex((e) => e.ref.kind === 'cell' && e.ref.row === 0 && e.ref.column === 0)
    expect(isPinned(edges, nodes, hidden, three)).toBe(true)
    const moreHidden = edges.map((e) => e.ref.kind === 'cell' || (e.ref.kind === 'row' && e.ref.row === 0) || e.ref.kind === 'total' || (e.ref.kind === 'row' && e.ref.row === 1))
    expect(isPinned(edges, nodes, moreHidden, three)).toBe(false)
  })

  it('refuses a table whose figures do not add up', () => {
    expect(() => suppress([{ cells: [[5, 6]], rowTotals: [12], columnTotals: [5, 6], total: 12 }])).toThrow()
  })
})
