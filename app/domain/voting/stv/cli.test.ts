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
})
