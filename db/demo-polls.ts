import { eq } from 'drizzle-orm'
import type { Db } from './client.server.ts'
import { pollQuestions, pollResponses, polls, users } from './schema/index.ts'
import { AGREE5 } from '../app/domain/polls/questions.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** A small deterministic generator, so the demo results are the same on every machine. */
function generator(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

function pick<T extends string>(random: () => number, weights: [T, number][]): T {
  const total = weights.reduce((sum, [, w]) => sum + w, 0)
  let r = random() * total
  for (const [value, w] of weights) {
    r -= w
    if (r < 0) return value
  }
  return weights[weights.length - 1][0]
}

const LATE = [
  { id: 'a', label: 'Never' },
  { id: 'b', label: 'Once or twice' },
  { id: 'c', label: 'Every week' },
  { id: 'd', label: 'Most days' },
]

/**
 * A finished poll with published results, as a closed poll leaves them: 312 anonymous responses in
 * mixed order, each with only its nation and practice area. Added only when there is no poll yet.
 */
export async function seedDemoPolls(db: Db, now = new Date()) {
  const [any] = await db.select({ id: polls.id }).from(polls).limit(1)
  if (any) return
  const [officer] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'officer@chorus.test'))
  const opensAt = new Date(now.getTime() - 4 * DAY)
  const closesAt = new Date(opensAt.getTime() + 24 * HOUR)
  const responses = 312
  const [poll] = await db
    .insert(polls)
    .values({
      title: 'Caseloads this winter',
      status: 'published',
      durationHours: 24,
      opensAt,
      closesAt,
      closedAt: closesAt,
      publishedAt: new Date(closesAt.getTime() + 2 * HOUR),
      audienceCount: 1_184,
      respondedCount: responses,
      responsesCount: responses,
      createdBy: officer?.id ?? null,
      createdAt: opensAt,
    })
    .returning()
  await db.insert(pollQuestions).values([
    { pollId: poll.id, position: 1, kind: 'agree5', wording: 'My caseload is safe for the children and adults I work with.', options: AGREE5 },
    { pollId: poll.id, position: 2, kind: 'single', wording: 'In the last month, how often did you stay late to finish casework?', options: LATE },
  ])
  const random = generator(20_261_129)
  const rows = Array.from({ length: responses }, (_, i) => {
    const practiceArea = pick(random, [
      ['children_and_families', 46],
      ['adults', 24],
      ['mental_health_amhp', 10],
      ['education', 4],
      ['management', 9],
      ['other', 3],
      ['none', 4],
    ])
    const overloaded = practiceArea === 'children_and_families' ? 0.75 : 0.55
    const agree = pick(random, [
      ['strongly_agree', 5],
      ['agree', 13],
      ['neither', 12],
      ['disagree', 70 * overloaded],
      ['strongly_disagree', 70 * (1 - overloaded) + 10],
    ])
    const late = pick(random, [
      ['a', 6],
      ['b', 22],
      ['c', agree.includes('disagree') ? 40 : 25],
      ['d', agree.includes('disagree') ? 32 : 12],
    ])
    return {
      pollId: poll.id,
      position: i + 1,
      answers: { '1': agree, '2': late },
      nation: pick(random, [
        ['england', 80],
        ['scotland', 9],
        ['wales', 7],
        ['northern_ireland', 4],
      ] as const),
      practiceArea: practiceArea === 'none' ? null : practiceArea,
    }
  })
  await db.insert(pollResponses).values(rows)
}
