import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.server.ts'
import { ballots, briefings } from '../../db/schema/index.ts'
import { toLondonLocal } from '../../app/utils/london-time.ts'
import { createStatement, openConsultation, publishStatement } from '../../app/domain/statements/statements.server.ts'
import { countBallot, createBallot, scheduleBallot } from '../../app/domain/voting/ballots.server.ts'
import { proposeMotion } from '../../app/domain/voting/member-motions.server.ts'
import { closePoll, createAndSendPoll, publishPollResults } from '../../app/domain/polls/polls.server.ts'
import { nominateOther, nominateSelf, openNominations } from '../../app/domain/voting/nominations.server.ts'
import { askQuestion, moderateQuestion } from '../../app/domain/voting/hustings.server.ts'
import { electionInHustings } from './elections.ts'
import { users } from '../../db/schema/index.ts'
import { createMember } from './members.ts'
import { sendBriefing } from './press.ts'
import { createBriefingFromTemplate } from '../../app/domain/press/briefings.server.ts'
import type { Persona, SignedInPersona } from './personas.ts'
import { createUser } from './routes.ts'

/**
 * Who may use each route: the spec tests/integration/access-matrix.test.ts and
 * tests/integration/hostile-input.test.ts check the app against.
 *
 * A new route file in app/routes needs a rule, or the matrix fails naming it:
 * - `admin*`, `officer*`, `account*`, `dev*` and `webhooks*` routes get a default from
 *   PREFIX_RULES and need nothing unless they differ;
 * - any other route gets an entry in ROUTE_RULES under its file name without the extension
 *   (`'press.$slug': { loader: 'anyone', action: 'approved-journalist' }`);
 * - a handler that needs data to act on gets a `fixture` that creates it and returns the URL
 *   params, and a `form` that would succeed for someone allowed, so refusals are real;
 * - an action that does different things by `intent` lists one case per intent.
 * Journalists come from createJournalist({ approved }) in tests/helpers/personas.ts.
 */

/**
 * Who may use a route's loader or action. The matrix test checks that exactly these personas
 * get through and that everyone else is refused and writes nothing.
 */
export type Access =
  | 'anyone'
  | 'signed-in'
  /** members in good standing: active members, officers and admins (who are members too) */
  | 'member'
  /** any press account, approved or not, and the press office */
  | 'journalist'
  /** approved press accounts and the press office */
  | 'approved-journalist'
  | 'officer'
  | 'admin'
  /** the development mailbox: everyone in development and with CHORUS_OFFLINE=1 (the test setting), nobody in production */
  | 'dev-mailbox'
  /** machine callers proving themselves with a signature: every persona without one is refused */
  | 'signed-webhook'
  | 'nobody'

export const WHO: Record<Access, readonly Persona[]> = {
  anyone: ['anonymous', 'member', 'lapsed member', 'pending member', 'pending journalist', 'approved journalist', 'officer', 'admin'],
  'signed-in': ['member', 'lapsed member', 'pending member', 'pending journalist', 'approved journalist', 'officer', 'admin'],
  member: ['member', 'officer', 'admin'],
  journalist: ['pending journalist', 'approved journalist', 'officer', 'admin'],
  'approved-journalist': ['approved journalist', 'officer', 'admin'],
  officer: ['officer', 'admin'],
  admin: ['admin'],
  'dev-mailbox': ['anonymous', 'member', 'lapsed member', 'pending member', 'pending journalist', 'approved journalist', 'officer', 'admin'],
  'signed-webhook': [],
  nobody: [],
}

/** What a request sends: a form that would succeed for someone allowed, so refusals are real. */
export interface Case {
  access: Access | readonly Persona[]
  form?: Record<string, string>
  /** Added to the URL, e.g. `?token=…` */
  search?: string
  /** Free-text fields of `form`: any text is of the right type there. */
  text?: string[]
  /** The form should succeed (2xx/3xx) for everyone allowed, not merely get past the guard. */
  succeeds?: boolean
  /**
   * Why this form, though it succeeds, answers in place rather than 303 and a message: it changes
   * nothing (a preview), or it is the page's own background request, which no refresh can resend.
   * Every form a person submits that changes something answers 303 with a flash.
   */
  answersInPlace?: string
  /** Fields the route fills in when a form leaves them out (a briefing form without an intent is a save), so a form without one still acts. */
  defaulted?: string[]
}

/** Data a route needs to exist (a ballot, a statement), made once per route, and its URL params. */
export type Fixture = (db: Db, people: Record<Persona, SignedInPersona>) => Promise<{ params: Record<string, string>; form?: Record<string, string> }>

export interface RouteRule {
  loader?: Access | Case
  /** Several cases when one action does different things by `intent`. */
  action?: Access | Case | Case[]
  fixture?: Fixture
}

/** Defaults by the route file's first segment. An explicit entry in ROUTE_RULES wins. */
export const PREFIX_RULES: [RegExp, RouteRule][] = [
  [/^admin($|[._])/, { loader: 'admin', action: 'admin' }],
  [/^officer($|[._])/, { loader: 'officer', action: 'officer' }],
  [/^account($|[._])/, { loader: 'signed-in', action: 'signed-in' }],
  [/^dev($|[._])/, { loader: 'dev-mailbox', action: 'dev-mailbox' }],
  [/^webhooks($|[._])/, { loader: 'anyone', action: 'signed-webhook' }],
]

const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000)

const openBallot: Fixture = async (db) => {
  const officer = await createUser(db, { role: 'officer' })
  const ballot = await createBallot(db, {
    kind: 'motion',
    title: 'Adopt the caseload standard',
    description: 'That Chorus adopts a maximum caseload.',
    opensAt: new Date(Date.now() - 60_000),
    closesAt: inTwoDays(),
    actorId: officer.id,
  })
  await scheduleBallot(db, { ballotId: ballot.id, actorId: officer.id })
  return { params: { id: ballot.id } }
}

/** A motion whose voting has closed and whose votes are counted: its report is published. */
const countedBallot: Fixture = async (db) => {
  const { params } = await openBallot(db, {} as Record<Persona, SignedInPersona>)
  await db
    .update(ballots)
    .set({ closesAt: new Date(Date.now() - 60_000) })
    .where(eq(ballots.id, params.id))
  await countBallot(db, { ballotId: params.id, baseUrl: 'http://localhost:3000' })
  return { params }
}

/** A poll sent to every member in good standing: the members, officers and admins among the personas. */
const openPoll: Fixture = async (db) => {
  const officer = await createUser(db, { role: 'officer' })
  const poll = await createAndSendPoll(db, {
    actorId: officer.id,
    title: 'Caseloads this winter',
    durationHours: 4,
    questions: [{ kind: 'single', wording: 'Is your caseload safe?', options: ['Yes', 'No'] }],
    baseUrl: 'http://localhost',
  })
  return { params: { id: poll.id } }
}

const publishedPoll: Fixture = async (db, people) => {
  const { params } = await openPoll(db, people)
  await closePoll(db, { pollId: params.id, now: new Date(Date.now() + 5 * 3_600_000) })
  const officer = await createUser(db, { role: 'officer' })
  await publishPollResults(db, { pollId: params.id, actorId: officer.id, now: new Date(Date.now() + 6 * 3_600_000) })
  return { params }
}

/** An election taking nominations from the whole body; the officer persona is its returning officer. */
async function electionTakingNominations(db: Db, people: Record<Persona, SignedInPersona>) {
  const creator = await createUser(db, { role: 'officer' })
  const hour = 3_600_000
  return openNominations(db, {
    title: 'Council election 2027',
    description: 'Five members to sit on the council for two years.',
    seats: 5,
    scope: { nations: [], branches: [], tiers: [] },
    nominationsCloseAt: new Date(Date.now() + hour),
    supportersNeeded: 3,
    statementWordLimit: 300,
    standTiers: [],
    standMinYears: 0,
    candidateOrder: 'alphabetical',
    opensAt: new Date(Date.now() + 2 * hour),
    closesAt: inTwoDays(),
    returningOfficerId: people.officer.userId,
    actorId: creator.id,
  })
}

const takingNominations: Fixture = async (db, people) => ({ params: { id: (await electionTakingNominations(db, people)).id } })

/** The member persona's own nomination, submitted (or, with `awaiting`, made by another member and not yet accepted). */
const memberNomination =
  (awaiting = false): Fixture =>
  async (db, people) => {
    const ballot = await electionTakingNominations(db, people)
    let nominationId: string
    if (awaiting) {
      const nominator = await createMember(db)
      const [nominee] = await db.select({ email: users.email }).from(users).where(eq(users.id, people.member.userId!))
      nominationId = (await nominateOther(db, { ballotId: ballot.id, userId: nominator.user.id, email: nominee.email, baseUrl: 'http://localhost' }))!.id
    } else {
      nominationId = (await nominateSelf(db, { ballotId: ballot.id, userId: people.member.userId! })).id
    }
    return { params: { id: ballot.id, nominationId } }
  }

/**
 * An election in its hustings from the whole body: the member persona and another member are the
 * candidates, the officer persona the returning officer; one question waits for moderation and
 * one is approved.
 */
const electionHustings: Fixture = async (db, people) => {
  const rival = await createMember(db)
  const ballot = await electionInHustings(db, { officerId: people.officer.userId!, candidates: [people.member.userId!, rival.user.id] })
  const asker = await createMember(db)
  const pending = await askQuestion(db, { ballotId: ballot.id, userId: asker.user.id, question: 'How will you keep caseloads safe in rural teams?' })
  const approved = await askQuestion(db, { ballotId: ballot.id, userId: asker.user.id, question: 'What would you ask Social Care Wales to change first?' })
  await moderateQuestion(db, { ballotId: ballot.id, questionId: approved.id, actorId: people.officer.userId!, actorRole: 'officer', decision: 'approved', reason: '', baseUrl: 'http://localhost' })
  return { params: { id: ballot.id, questionId: approved.id }, form: { questionId: pending.id, decision: 'approved' } }
}

/** A published poll, and a draft briefing an officer could put one of its figures into. */
const publishedPollAndDraftBriefing: Fixture = async (db, people) => {
  const { params } = await publishedPoll(db, people)
  const officer = await createUser(db, { role: 'officer' })
  const draft = await createBriefingFromTemplate(db, { actorId: officer.id, template: 'other' })
  return { params, form: { intent: 'brief', questionId: '1', optionIds: 'a', briefingId: draft.id } }
}

/** A draft briefing the press office is still writing. */
const draftBriefing: Fixture = async (db) => {
  const officer = await createUser(db, { role: 'officer' })
  const draft = await createBriefingFromTemplate(db, { actorId: officer.id, template: 'other' })
  return { params: { id: draft.id } }
}

const gatheringMotion: Fixture = async (db) => {
  const proposer = await createMember(db)
  const motion = await proposeMotion(db, {
    userId: proposer.user.id,
    title: 'Protected supervision time',
    text: 'That Chorus campaigns for two hours of supervision a fortnight.',
    rationale: 'Supervision keeps children safe and social workers in the job.',
  })
  return { params: { id: motion.id } }
}

const adoptedStatement: Fixture = async (db) => {
  const officer = await createUser(db, { role: 'officer' })
  const s = await createStatement(db, {
    title: 'Caseloads',
    summary: 'Caseloads, in short.',
    body: 'Children need time.',
    topics: ['workforce'],
    nations: ['england'],
    reviewBy: null,
    actorId: officer.id,
  })
  await publishStatement(db, { actorId: officer.id, statementId: s.id, baseUrl: 'http://localhost' })
  return { params: { slug: s.slug } }
}

const statementInConsultation: Fixture = async (db) => {
  const officer = await createUser(db, { role: 'officer' })
  const s = await createStatement(db, {
    title: 'Supervision',
    summary: 'Supervision, in short.',
    body: 'Every social worker needs supervision.',
    topics: ['workforce'],
    nations: ['england'],
    reviewBy: null,
    actorId: officer.id,
  })
  await openConsultation(db, { actorId: officer.id, statementId: s.id, closesAt: inTwoDays(), baseUrl: 'http://localhost' })
  return { params: { slug: s.slug } }
}

const publishedBriefing: Fixture = async (db) => {
  const officer = await createUser(db, { role: 'officer' })
  const id = await sendBriefing(db, { officerId: officer.id })
  const [briefing] = await db.select({ slug: briefings.slug }).from(briefings).where(eq(briefings.id, id))
  return { params: { slug: briefing.slug, id } }
}

/** People with a press account, approved or not (the press office has none of its own). */
const PRESS_ACCOUNTS = ['pending journalist', 'approved journalist'] as const

/** Everyone who holds a membership of any standing (not resigned): they may comment in consultations. */
const ANY_MEMBER = ['member', 'lapsed member', 'pending member', 'officer', 'admin'] as const

/** A media enquiry anyone may send: every field it needs, none it could do without. */
const ENQUIRY_FORM = {
  name: 'Sam Reporter',
  outlet: 'The Northfield Gazette',
  email: 'sam.reporter@gazette.example',
  deadline: toLondonLocal(inTwoDays()),
  topic: 'Caseloads in children’s services',
  question: 'Would Chorus comment on the caseload figures in the Northfield review?',
}

/** One entry per route file (its name without the extension). */
export const ROUTE_RULES: Record<string, RouteRule> = {
  $: { loader: 'anyone' },
  _index: { loader: 'anyone' },
  // The old address of the billing page forwards to the account page, which is guarded itself.
  'account.billing': { loader: 'anyone' },
  'admin.users_.$id.second-factor': {
    fixture: async (db) => ({ params: { id: (await createUser(db, { role: 'officer' })).id } }),
    loader: 'admin',
    action: { access: 'admin', form: { reason: 'Called on the number in the membership record' }, text: ['reason'], succeeds: true },
  },
  'officer.ballots.$id_.nominations': {
    fixture: takingNominations,
    loader: 'officer',
    action: { access: 'officer', form: { nominationId: '00000000-0000-4000-8000-000000000000', decision: 'valid' } },
  },
  // The returning officer (the officer persona here) or an admin closes nominations early; another officer is refused by the domain.
  'officer.ballots.$id_.nominations_.close': { fixture: takingNominations, loader: 'officer', action: { access: 'officer', form: { intent: 'close' } } },
  'admin.security': { loader: 'admin', action: { access: 'admin', form: { intent: 'save', journalistsNeedSecondFactor: 'yes' }, succeeds: true } },
  'ballots._index': { loader: 'anyone' },
  'ballots.$id': { fixture: openBallot, loader: 'anyone', action: { access: 'member', form: { choice: 'for' }, succeeds: true } },
  'ballots.$id_.ballots[.]blt': { loader: 'anyone' },
  'ballots.$id_.calendar[.]ics': { fixture: openBallot, loader: 'anyone' },
  'ballots.$id_.papers[.]json': { loader: 'anyone' },
  'ballots.$id_.report': { fixture: countedBallot, loader: 'anyone' },
  'ballots.$id_.report[.]pdf': { fixture: countedBallot, loader: 'anyone' },
  'ballots.$id_.receipts': { loader: 'anyone' },
  'ballots.$id_.results': { loader: 'anyone' },
  'ballots.$id_.nominations._index': { fixture: takingNominations, loader: 'anyone' },
  // Any member who can vote in the election stands (or nominates another by email: the answer never says whether the address is a member's).
  'ballots.$id_.nominations.new': {
    fixture: takingNominations,
    loader: 'signed-in',
    action: [
      { access: 'member', form: { intent: 'self' }, succeeds: true },
      { access: 'member', form: { intent: 'other', email: 'someone@example.test' }, succeeds: true },
    ],
  },
  // Only the nominee accepts; a nomination still awaiting acceptance is shown to nobody else.
  'ballots.$id_.nominations.$nominationId': { fixture: memberNomination(true), loader: { access: ['member'] }, action: { access: ['member'], form: { intent: 'accept' }, succeeds: true } },
  'ballots.$id_.nominations.$nominationId_.statement': {
    fixture: memberNomination(),
    loader: { access: ['member'] },
    action: { access: ['member'], form: { statement: 'Fair caseloads and **protected supervision** for every social worker.' }, text: ['statement'], succeeds: true },
  },
  // The shared link: anyone sees it; members of the electorate support (not the nominee, the member persona here).
  'ballots.$id_.nominations.$nominationId_.support': { fixture: memberNomination(), loader: 'anyone', action: { access: ['officer', 'admin'], form: { intent: 'support' }, succeeds: true } },
  'ballots.$id_.nominations.$nominationId_.withdraw': { fixture: memberNomination(), loader: { access: ['member'] }, action: { access: ['member'], form: { intent: 'withdraw' }, succeeds: true } },
  // Hustings: anyone reads; members who can vote in the election ask (lapsed and pending members, journalists are refused).
  'ballots.$id_.hustings._index': {
    fixture: electionHustings,
    loader: 'anyone',
    action: { access: 'member', form: { question: 'Will you publish the committee minutes in Welsh?' }, text: ['question'], succeeds: true },
  },
  // Only a candidate (the member persona) answers, once.
  'ballots.$id_.hustings.$questionId_.answer': {
    fixture: electionHustings,
    loader: { access: ['member'] },
    action: { access: ['member'], form: { answer: 'Yes: **every** set of minutes, within a week.' }, text: ['answer'], succeeds: true },
  },
  // Officers see the queue; only the returning officer (the officer persona) or an admin decides.
  'officer.ballots.$id_.hustings': { fixture: electionHustings, loader: 'officer', action: 'officer' },
  'ballots.$id_.verify': { fixture: openBallot, loader: 'anyone', action: { access: 'anyone', form: { receipt: 'ABCDEFGHJKMNPQRSTVWXYZ0123' } } },
  'bench.bare': { loader: 'anyone' },
  'bench.page': { loader: 'anyone' },
  'forgot-password': { loader: 'anyone', action: 'anyone' },
  healthz: { loader: 'anyone' },
  readyz: { loader: 'anyone' },
  join: { loader: 'anyone', action: 'anyone' },
  'join_.complete': { loader: 'signed-in' },
  'join_.pay': { loader: 'signed-in', action: 'signed-in' },
  login: { loader: 'anyone', action: 'anyone' },
  // The second step of signing in: whoever holds a sign-in challenge cookie (nobody here has one, so all are sent back to /login).
  'login_.code': { loader: 'anyone', action: 'anyone' },
  logout: { action: 'anyone' },
  'motions._index': { loader: 'anyone' },
  'motions.$id': {
    fixture: gatheringMotion,
    loader: 'anyone',
    action: [
      { access: 'member', form: { intent: 'support' }, succeeds: true },
      { access: 'officer', form: { intent: 'decline', response: 'Officers will answer this motion at the annual meeting instead.' } },
    ],
  },
  'motions.new': {
    loader: 'signed-in',
    action: {
      access: 'member',
      form: { title: 'Fund supervision', text: 'That Chorus campaigns for funded supervision time.', rationale: 'Supervision keeps children and social workers safe.' },
      succeeds: true,
    },
  },
  'press._index': { loader: 'anyone' },
  'press.$slug': { fixture: publishedBriefing, loader: 'anyone' },
  // A press account sees its own status here, approved or not; the press office has no press account.
  // Alert topics are chosen once the press office has approved the account.
  // Only the poll's audience (members in good standing when it was sent) may answer, once each.
  'polls.$id': { fixture: openPoll, loader: 'anyone', action: { access: 'member', form: { q1: 'a' }, succeeds: true } },
  // The email's option links: a page that records nothing, for the signed-in member.
  'polls.$id_.answer': { fixture: openPoll, loader: { access: 'signed-in', search: '?q1=a' } },
  'polls.$id_.results': { fixture: publishedPoll, loader: 'anyone' },
  'polls.$id_.results[.]csv': { fixture: publishedPoll, loader: 'anyone' },
  'officer.polls.$id': {
    fixture: publishedPollAndDraftBriefing,
    loader: 'officer',
    action: [{ access: 'officer', form: { intent: 'publish' } }, { access: 'officer', form: { intent: 'close' } }, { access: 'officer' }],
  },
  'officer.press.$id': {
    fixture: draftBriefing,
    loader: 'officer',
    action: [
      { access: 'officer', form: { intent: 'save', headline: 'Chorus responds to the Northfield review' }, defaulted: ['intent'], succeeds: true },
      {
        access: 'officer',
        form: { intent: 'autosave', headline: 'Chorus responds to the Northfield review' },
        defaulted: ['intent'],
        succeeds: true,
        answersInPlace:
          'the page saves the draft in the background (a fetcher, with JavaScript) while the officer types and stays where it is; a background request is not in the history, so a refresh cannot send it again, and following a redirect would only reload the whole page for nothing',
      },
    ],
  },
  'officer.polls.new': {
    loader: 'officer',
    action: {
      access: 'officer',
      form: { intent: 'preview', title: 'Caseloads this winter', durationHours: '4', q1kind: 'agree5', q1wording: 'My caseload is safe' },
      succeeds: true,
      answersInPlace: 'a preview stores nothing: the page shows exactly what would be sent',
    },
  },
  'press.alerts': { loader: { access: PRESS_ACCOUNTS }, action: { access: ['approved journalist'], form: { scope: 'all' } } },
  // A press account follows the enquiries it sent; the press office works from /officer/enquiries.
  'press.enquiries._index': { loader: { access: PRESS_ACCOUNTS } },
  // Anyone may ask the press office a question; a signed-in press account can then follow it.
  'press.enquiries.new': { loader: 'anyone', action: { access: 'anyone', form: ENQUIRY_FORM, text: ['name', 'outlet', 'topic', 'question'], succeeds: true } },
  'press.feed[.]atom': { loader: 'anyone' },
  'press.feed[.]json': { loader: 'anyone' },
  'press.feed[.]xml': { loader: 'anyone' },
  'press.register': {
    loader: 'anyone',
    action: {
      access: 'anyone',
      form: {
        name: 'Sam Reporter',
        outlet: 'The Northfield Gazette',
        jobTitle: 'Social affairs correspondent',
        email: 'sam.reporter@gazette.example',
        password: 'a long enough password',
        beats: 'serious-case-reviews',
      },
    },
  },
  'press.spokespeople': { loader: 'anyone' },
  'press.subscribe': { loader: 'anyone', action: { access: 'anyone', form: { email: 'reader@example.test' } } },
  'press.topics.$topic.feed[.]atom': { fixture: async () => ({ params: { topic: 'serious-case-reviews' } }), loader: 'anyone' },
  'press.topics.$topic.feed[.]json': { fixture: async () => ({ params: { topic: 'serious-case-reviews' } }), loader: 'anyone' },
  'press.topics.$topic.feed[.]xml': { fixture: async () => ({ params: { topic: 'serious-case-reviews' } }), loader: 'anyone' },
  'press.unsubscribe': { loader: 'anyone', action: 'anyone' },
  'reset-password': { loader: 'anyone', action: 'anyone' },
  signup: { loader: 'anyone', action: 'anyone' },
  'statements._index': { loader: 'anyone' },
  'statements.feed[.]atom': { loader: 'anyone' },
  'statements.feed[.]json': { loader: 'anyone' },
  'statements.feed[.]xml': { loader: 'anyone' },
  'statements.$slug_.consultation': {
    fixture: statementInConsultation,
    loader: 'anyone',
    action: { access: ANY_MEMBER, form: { body: 'Please say more about supervision for newly qualified social workers.' }, text: ['body'] },
  },
  'statements.$slug_.diff': { fixture: adoptedStatement, loader: { access: 'anyone', search: '?from=1&to=1' } },
  'statements.$slug_.versions.$n': { fixture: async (db, people) => ({ params: { ...(await adoptedStatement(db, people)).params, n: '1' } }), loader: 'anyone' },
  'statements.$slug': { fixture: adoptedStatement, loader: 'anyone', action: { access: 'member', form: { intent: 'endorse' }, succeeds: true } },
  'sitemap[.]xml': { loader: 'anyone' },
  unsubscribe: { loader: 'anyone', action: 'anyone' },
  'verify-email': { loader: 'anyone', action: 'anyone' },
}

/** The rule for a route file: its own entry, else the default for its prefix, else none. */
export function ruleFor(routeId: string): RouteRule | undefined {
  const own = ROUTE_RULES[routeId]
  const byPrefix = PREFIX_RULES.find(([pattern]) => pattern.test(routeId))?.[1]
  if (!own && !byPrefix) return undefined
  return { ...byPrefix, ...own }
}

export function casesOf(spec: Access | Case | Case[] | undefined): Case[] {
  if (spec === undefined) return []
  if (Array.isArray(spec)) return spec
  return typeof spec === 'string' ? [{ access: spec }] : [spec as Case]
}

export function allowedPersonas(access: Case['access']): readonly Persona[] {
  return typeof access === 'string' ? WHO[access as Access] : access
}
