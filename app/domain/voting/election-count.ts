import { groupBallots, toBlt, type Election } from './stv/blt.ts'
import { countStv, type StvResult } from './stv/count.ts'

export interface ElectionResult extends StvResult {
  candidates: string[]
  papers: number
  electorate: number
}

function electionOf(input: { title: string; seats: number; candidates: string[]; papers: number[][] }): Election {
  return { title: input.title, seats: input.seats, candidates: input.candidates, withdrawn: [], ballots: groupBallots(input.papers.map((prefs) => ({ weight: 1, prefs }))) }
}

/** Counts an election's papers with the Scottish STV rule; the lot's seed is the final chain hash. */
export function countElection(input: { title: string; seats: number; candidates: string[]; papers: number[][]; seed: string; electorate: number }): ElectionResult {
  const result = countStv(electionOf(input), { seed: input.seed })
  return { ...result, candidates: input.candidates, papers: input.papers.length, electorate: input.electorate }
}

/** The anonymised papers as a BLT file any STV program can recount; identical rankings are merged, so the file holds no order of voting. */
export function electionBlt(input: { title: string; seats: number; candidates: string[]; papers: number[][] }) {
  return toBlt(electionOf(input))
}
