import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readTestdata, testdataPath } from '../../../../tests/helpers/testdata.ts'
import { BltParseError, groupBallots, parseBlt, toBlt, type Election } from './blt.ts'
import { createLot } from './lot.ts'

const FOOD = `5 3
4 1 0
2 2 1 0
8 3 4 0
4 3 5 0
1 4 0
1 5 0
0
"Orange"
"Pear"
"Chocolate"
"Strawberry"
"Sweets"
"Food"
`

/** The error parseBlt throws for `text` (failing the test if it parses). */
function parseError(text: string): BltParseError {
  try {
    parseBlt(text)
  } catch (error) {
    expect(error).toBeInstanceOf(BltParseError)
    return error as BltParseError
  }
  throw new Error('expected the BLT text to be rejected')
}

describe('parseBlt', () => {
  it('reads candidates, seats, 0-based preferences, weights and the title', () => {
    const e = parseBlt(FOOD)
    expect(e.candidates).toEqual(['Orange', 'Pear', 'Chocolate', 'Strawberry', 'Sweets'])
    expect(e.seats).toBe(3)
    expect(e.withdrawn).toEqual([])
    expect(e.ballots[1]).toEqual({ weight: 2, prefs: [1, 0] })
    expect(e.ballots.reduce((s, b) => s + b.weight, 0)).toBe(20)
    expect(e.title).toBe('Food')
  })

  it('reads the withdrawn line as 0-based candidate indexes', () => {
    const e = parseBlt('4 2\n-2 -4\n3 1 2 3 0\n0\n"A"\n"B"\n"C"\n"D"\n"T"\n')
    expect(e.withdrawn).toEqual([1, 3])
    expect(e.ballots).toEqual([{ weight: 3, prefs: [0, 1, 2] }])
  })

  it('tolerates comments, blank lines, CRLF, a BOM, ballot ids, unquoted names and names on one line', () => {
    const text = '\uFEFF# an election\r\n\r\n3 1 // three candidates\r\n(a1) 2 1 3 0\r\n(a2) 1 2 0  # second\r\n\r\n0\r\n"Ann # Smith" "Bo"\r\nCy Jones\r\n"Title"\r\n'
    const e = parseBlt(text)
    expect(e.candidates).toEqual(['Ann # Smith', 'Bo', 'Cy Jones'])
    expect(e.ballots).toEqual([
      { weight: 2, prefs: [0, 2] },
      { weight: 1, prefs: [1] },
    ])
    expect(e.title).toBe('Title')
  })

  it('takes a line starting with weight 0 as a ballot, not the end of the ballots', () => {
    const e = parseBlt(readTestdata('stv', 'wikipedia-counting-stv-empty-ballots', 'ballots.blt'))
    expect(e.ballots).toHaveLength(8)
    expect(e.ballots[6]).toEqual({ weight: 0, prefs: [3, 1, 0, 2] })
    expect(e.ballots[4]).toEqual({ weight: 2, prefs: [] })
    expect(e.candidates).toEqual(['Andrea', 'Brad', 'Carter', 'Delilah'])
  })

  it('makes the title optional', () => {
    expect(parseBlt('2 1\n1 1 0\n0\n"A"\n"B"\n').title).toBe('')
  })

  it.each([
    ['', 0, /empty/],
    ['3\n', 1, /number-of-candidates number-of-seats/],
    ['x 1\n', 1, /number of candidates/],
    ['2 3\n0\n"A"\n"B"\n', 1, /3 seats is more than the 2 candidates/],
    ['2 1\n1 1 2\n0\n"A"\n"B"\n', 2, /must end with 0/],
    ['2 1\n1 1 two 0\n0\n"A"\n"B"\n', 2, /candidate number, found "two"/],
    ['2 1\n\n1 1 3 0\n0\n"A"\n"B"\n', 3, /candidate number 3 is out of range \(1 to 2\)/],
    ['2 1\n1 1=2 0\n0\n"A"\n"B"\n', 2, /equal rankings/],
    ['2 1\n1 1 1 0\n0\n"A"\n"B"\n', 2, /ranked more than once/],
    ['2 1\n-1 1 0\n0\n"A"\n"B"\n', 2, /weight -1 is negative/],
    ['2 1\n1.5 1 0\n0\n"A"\n"B"\n', 2, /ballot weight/],
    ['2 1\n1 1 0 2\n0\n"A"\n"B"\n', 2, /unexpected "2" after the 0/],
    ['2 1\n-3\n1 1 0\n0\n"A"\n"B"\n', 2, /withdrawn candidate -3 is out of range/],
    ['2 1\n1 1 0\n"A"\n"B"\n', 3, /line containing only 0/],
    ['2 1\n1 1 0\n', 3, /line containing only 0/],
    ['2 1\n1 1 0\n0\n"A"\n', 4, /expected 2 candidate names, found 1/],
    ['2 1\n1 1 0\n0\n"A\n"B"\n', 4, /not closed/],
    ['2 1\n1 1 0\n0\n"A"\n"A"\n', 5, /candidates 1 and 2 are both named "A"/],
    ['2 1\n1 1 0\n0\n"A"\n"B"\n"T"\n"extra"\n', 7, /unexpected "extra" after the title/],
  ])('rejects malformed input with the line at fault: %j', (text, line, message) => {
    const error = parseError(text)
    expect(error.line).toBe(line)
    expect(error.message).toMatch(message)
    if (line > 0) expect(error.message).toMatch(new RegExp(`^Line ${line}: `))
    expect(error.code).toBe('invalid_input')
  })

  it('never fails with anything but a BltParseError, whatever the damage to a file', () => {
    const lot = createLot('blt-fuzz')
    const alphabet = ['0', '1', '2', '-', ' ', '\n', '"', '#', '(', ')', '=', 'x', '/', '9']
    for (let i = 0; i < 2000; i++) {
      const chars = [...FOOD]
      const edits = 1 + lot.below(4)
      for (let k = 0; k < edits; k++) {
        const at = lot.below(chars.length)
        const kind = lot.below(3)
        if (kind === 0) chars.splice(at, 1)
        else if (kind === 1) chars.splice(at, 0, alphabet[lot.below(alphabet.length)])
        else chars[at] = alphabet[lot.below(alphabet.length)]
      }
      try {
        const e = parseBlt(chars.join(''))
        expect(e.candidates.length).toBeGreaterThan(0)
      } catch (error) {
        expect(error).toBeInstanceOf(BltParseError)
      }
    }
  })
})

describe('toBlt', () => {
  it('writes what parseBlt reads back, withdrawn candidates included', () => {
    const election: Election = {
      candidates: ['Ann Smith', 'Bo Li', "Cy O'Neill"],
      seats: 2,
      withdrawn: [1],
      ballots: [
        { weight: 3, prefs: [0, 2] },
        { weight: 1, prefs: [] },
        { weight: 2, prefs: [2, 1, 0] },
      ],
      title: 'Officer election 2026',
    }
    const text = toBlt(election)
    expect(text).toBe(`3 2\n-2\n3 1 3 0\n1 0\n2 3 2 1 0\n0\n"Ann Smith"\n"Bo Li"\n"Cy O'Neill"\n"Officer election 2026"\n`)
    expect(parseBlt(text)).toEqual(election)
  })

  it('round-trips every election in the shared test data', () => {
    const cases = readdirSync(testdataPath('stv'), { withFileTypes: true }).filter((d) => d.isDirectory())
    expect(cases.length).toBeGreaterThan(10)
    for (const c of cases) {
      const e = parseBlt(readTestdata('stv', c.name, 'ballots.blt'))
      expect(parseBlt(toBlt(e)), c.name).toEqual(e)
    }
  })

  it('writes quotes inside names and titles so they read back the same', () => {
    const election = { candidates: ['Ruth "Ru" Asante', 'Gareth Lloyd'], seats: 1, withdrawn: [], ballots: [{ weight: 2, prefs: [0, 1] }], title: 'Council 2027 "North" ward' }
    const text = toBlt(election)
    expect(text).toContain('"Ruth ""Ru"" Asante"')
    expect(parseBlt(text)).toEqual(election)
    expect(parseBlt(toBlt({ ...election, title: 'Two\nlines' })).title).toBe('Two lines')
  })
})

describe('groupBallots', () => {
  it('merges identical rankings and drops the order papers were cast in', () => {
    const cast = [
      { weight: 1, prefs: [2, 0] },
      { weight: 1, prefs: [0, 1] },
      { weight: 0, prefs: [1] },
      { weight: 1, prefs: [2, 0] },
      { weight: 2, prefs: [0] },
    ]
    const grouped = groupBallots(cast)
    expect(grouped).toEqual([
      { weight: 2, prefs: [0] },
      { weight: 1, prefs: [0, 1] },
      { weight: 2, prefs: [2, 0] },
    ])
    expect(groupBallots([...cast].reverse())).toEqual(grouped)
  })
})
