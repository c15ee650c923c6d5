import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { testdataPath } from '../../../../tests/helpers/testdata.ts'
import { main } from './cli.ts'

function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

const food = testdataPath('stv', 'wikipedia-stv-food', 'ballots.blt')

describe('npm run stv', () => {
  it('prints a stage table and then the elected candidates, one per line in order', () => {
    const { code, out, err } = run(food)
    expect(code).toBe(0)
    expect(err).toBe('')
    expect(out).toMatch(/3 seats, 20 valid papers, quota 6/)
    expect(out).toMatch(/^1\s+elect\s+Chocolate\s+Chocolate\s+0\.00000$/m)
    expect(out.trimEnd().split('\n').slice(-4)).toEqual(['Elected, in order:', 'Chocolate', 'Orange', 'Strawberry'])
  })

  it('prints {"elected", "quota", "rounds"} with --json, and honours --seats', () => {
    const { code, out } = run(food, '--json', '--seats', '1')
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(Object.keys(json)).toEqual(['elected', 'quota', 'rounds'])
    expect(json.elected).toEqual(['Chocolate'])
    expect(json.quota).toBe(11)
    expect(json.rounds[0]).toMatchObject({ stage: 1, action: 'elect', tallies: { Chocolate: '12.00000' } })
  })

  it('draws the same lots for the same --seed', () => {
    const file = testdataPath('stv', 'meek-voting-matters-12-precision', 'ballots.blt')
    const first = run(file, '--json', '--seed', 'ballot-42')
    expect(run(file, '--json', '--seed', 'ballot-42').out).toBe(first.out)
    expect(first.out).toMatch(/lot \(seed \\"ballot-42\\"\)/)
  })

  it('exits with code 2 and a clear message for a missing file, bad BLT or bad options', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stv-cli-'))
    const bad = path.join(dir, 'bad.blt')
    writeFileSync(bad, '3 1\n1 1 x 0\n0\n')
    expect(run(path.join(dir, 'missing.blt'))).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/Cannot read .*missing\.blt: no such file/) })
    expect(run(bad)).toMatchObject({ code: 2, out: '', err: `${bad}: Line 2: expected a candidate number, found "x"\n` })
    expect(run(dir)).toMatchObject({ code: 2, err: expect.stringMatching(/it is a folder/) })
    expect(run()).toMatchObject({ code: 2, err: expect.stringMatching(/Name the BLT file[\s\S]*Usage: npm run stv/) })
    expect(run(food, '--seats', 'two')).toMatchObject({ code: 2, err: expect.stringMatching(/--seats must be a whole number/) })
    expect(run(food, '--colour')).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown option --colour/) })
  })

  it('refuses what it cannot count honestly: too many seats, no valid papers, huge weights, text that is not UTF-8', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stv-cli-'))
    const file = (name: string, content: string | Buffer) => {
      writeFileSync(path.join(dir, name), content)
      return path.join(dir, name)
    }
    expect(run(food, '--seats', '9')).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/9 seats but only \d+ candidates left standing/) })
    expect(run(file('withdrawn.blt', '3 2\n-1 -2\n1 3 0\n0\n"A"\n"B"\n"C"\n'))).toMatchObject({ code: 2, err: expect.stringMatching(/2 seats but only 1 candidates left standing/) })
    expect(run(file('blank.blt', '3 1\n2 0\n0\n"A"\n"B"\n"C"\n'))).toMatchObject({ code: 2, err: expect.stringMatching(/no valid papers/) })
    expect(run(file('heavy.blt', `2 1\n${2 ** 50} 1 0\n1 2 0\n0\n"A"\n"B"\n`))).toMatchObject({ code: 2, err: expect.stringMatching(/too large to count exactly/) })
    const latin1 = file('latin1.blt', Buffer.concat([Buffer.from('2 1\n1 1 0\n0\n"Si'), Buffer.from([0xe2]), Buffer.from('n"\n"B"\n')]))
    expect(run(latin1)).toMatchObject({ code: 2, err: expect.stringMatching(/not UTF-8/) })
  })

  it('reads a council file with "Name" "Party" lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stv-cli-'))
    const council = path.join(dir, 'council.blt')
    writeFileSync(council, '3 1\n4 1 0\n3 2 0\n2 3 2 0\n0\n"ASANTE, Ruth" "Labour"\n"LLOYD, Gareth" "Plaid Cymru"\n"BAXTER, Mhairi" "Independent"\n"Northfield ward"\n')
    const { code, out } = run(council)
    expect(code).toBe(0)
    expect(out).toMatch(/^Northfield ward$/m)
    expect(out.trimEnd().split('\n').slice(-2)).toEqual(['Elected, in order:', 'LLOYD, Gareth'])
  })

  it('checks a 10 MB ranking line for repeats in linear time', () => {
    const n = 1_500_000
    const prefs = Array.from({ length: n }, (_, i) => i + 1).join(' ')
    const dir = mkdtempSync(path.join(tmpdir(), 'stv-cli-'))
    const big = path.join(dir, 'big.blt')
    writeFileSync(big, `${n} 1\n1 ${prefs} 1 0\n0\n`)
    expect(prefs.length).toBeGreaterThan(10_000_000)
    const started = performance.now()
    expect(run(big)).toMatchObject({ code: 2, err: expect.stringMatching(/Line 2: candidate 1 is ranked more than once/) })
    // A quadratic check would take hours here; linear takes about 2 s on an idle machine (more on a busy one).
    expect(performance.now() - started).toBeLessThan(20_000)
  }, 60_000)
})
