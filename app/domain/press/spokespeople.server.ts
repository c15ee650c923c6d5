import { and, arrayOverlaps, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { spokespeople, users, type Spokesperson } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { isUuid } from '~/domain/ids.ts'
import { availabilityLabel, describeAvailability, formatAvailability } from './availability.ts'
import { NATION_NAMES, type SpokespersonInput } from './contact-schemas.ts'
import { isPressTopic, PRESS_TOPICS, topicLabel, type PressTopic } from './topics.ts'
import { forgetPublicPages, readPublicRows } from '~/utils/page-cache.server.ts'

/** A spokesperson as the press room shows them: no account details, availability worked out for `now`. */
export interface PublicSpokesperson {
  id: string
  name: string
  role: string
  /** Press topic slugs, as briefings use them. */
  topics: string[]
  /** The same topics in words. */
  topicLabels: string[]
  nations: string[]
  mediaTrained: boolean
  bio: string
  availableNow: boolean
  /** ISO instant, or null when not available in the next four weeks. */
  nextAvailableAt: string | null
  availabilityLabel: string
  /** The weekly pattern and upcoming one-off windows, in words. */
  availability: string[]
}

/** A spokesperson for the press room, in the page's language. */
function presentSpokesperson(s: Spokesperson, now: Date, locale: Locale = 'en'): PublicSpokesperson {
  const t = (message: string) => translate(locale, message)
  const label = availabilityLabel(s.availability, now, locale)
  return {
    id: s.id,
    name: s.displayName,
    role: s.roleTitle,
    topics: s.topics,
    topicLabels: s.topics.map((topic) => t(topicLabel(topic))),
    nations: s.nations.map((n) => t(NATION_NAMES[n])),
    mediaTrained: s.mediaTrained,
    bio: s.bio,
    availableNow: label.availableNow,
    nextAvailableAt: label.nextAvailableAt,
    availabilityLabel: label.label,
    availability: describeAvailability(s.availability, now, locale),
  }
}

/**
 * Active spokespeople for the press room, briefings and the public roster: optionally those on
 * one press topic, on any of several (a briefing's topics), or for one nation. Those available
 * now come first, then whoever is free soonest, then by name.
 */
export async function listSpokespeople(
  db: Db,
  input: { topic?: PressTopic; anyOfTopics?: readonly string[]; nation?: keyof typeof NATION_NAMES; now: Date; limit?: number; locale?: Locale },
): Promise<PublicSpokesperson[]> {
  if (input.anyOfTopics && input.anyOfTopics.length === 0) return []
  const read = () =>
    db
      .select()
      .from(spokespeople)
      .where(
        and(
          eq(spokespeople.active, true),
          input.topic ? sql`${input.topic} = any(${spokespeople.topics})` : undefined,
          input.anyOfTopics ? arrayOverlaps(spokespeople.topics, [...input.anyOfTopics]) : undefined,
          input.nation ? sql`${input.nation}::nation = any(${spokespeople.nations})` : undefined,
        ),
      )
      .orderBy(asc(spokespeople.displayName))
  // The roster is public and changes rarely (each change forgets what the page cache keeps); when
  // each is next free is worked out for every request.
  const rows = await readPublicRows(`spokespeople:${JSON.stringify([input.topic ?? null, [...(input.anyOfTopics ?? [])].sort(), input.nation ?? null])}`, read, () => true)
  return presentedRoster(rows, input.now, input.locale ?? 'en').slice(0, input.limit)
}

/**
 * The roster as readers see it, soonest free first. Working out when each is next free is most of
 * a briefing page's own work, so the result is reused for readers within the same second while
 * the rows themselves are kept (a change to the roster reads new rows).
 */
const presented = new WeakMap<readonly Spokesperson[], Map<Locale, { second: number; list: PublicSpokesperson[] }>>()

function presentedRoster(rows: readonly Spokesperson[], now: Date, locale: Locale) {
  const second = Math.floor(now.getTime() / 1000)
  let byLocale = presented.get(rows)
  if (!byLocale) presented.set(rows, (byLocale = new Map()))
  const kept = byLocale.get(locale)
  if (kept && kept.second === second) return kept.list
  const next = (p: PublicSpokesperson) => (p.nextAvailableAt ? Date.parse(p.nextAvailableAt) : Number.POSITIVE_INFINITY)
  const list = rows.map((r) => presentSpokesperson(r, now, locale)).sort((a, b) => next(a) - next(b))
  byLocale.set(locale, { second, list })
  return list
}

/** Who can speak on a briefing's story: active spokespeople sharing at least one of its topics, soonest free first. */
export function listSpokespeopleForBriefing(db: Db, input: { topics: readonly string[]; now: Date; locale?: Locale }) {
  return listSpokespeople(db, { anyOfTopics: input.topics, now: input.now, locale: input.locale })
}

/** Press topics at least one active spokesperson covers, in the press room's order, for filters. */
export async function listSpokespersonTopics(db: Db): Promise<{ slug: PressTopic; label: string }[]> {
  const rows = await db
    .selectDistinct({ topic: sql<string>`unnest(${spokespeople.topics})` })
    .from(spokespeople)
    .where(eq(spokespeople.active, true))
  const covered = new Set(rows.map((r) => r.topic).filter(isPressTopic))
  return (Object.keys(PRESS_TOPICS) as PressTopic[]).filter((slug) => covered.has(slug)).map((slug) => ({ slug, label: PRESS_TOPICS[slug] }))
}

/** Names for the enquiry form's "who would you like to speak to" list. */
export function listSpokespersonChoices(db: Db) {
  return db.select({ id: spokespeople.id, name: spokespeople.displayName, role: spokespeople.roleTitle }).from(spokespeople).where(eq(spokespeople.active, true)).orderBy(asc(spokespeople.displayName))
}

/** The officers' roster, including people stood down. */
export async function listRoster(db: Db, now: Date, locale: Locale = 'en') {
  const rows = await db.select({ s: spokespeople, email: users.email }).from(spokespeople).innerJoin(users, eq(users.id, spokespeople.userId)).orderBy(asc(spokespeople.displayName))
  return rows.map(({ s, email }) => ({
    id: s.id,
    name: s.displayName,
    role: s.roleTitle,
    email,
    topics: s.topics.map((topic) => translate(locale, topicLabel(topic))),
    active: s.active,
    mediaTrained: s.mediaTrained,
    availabilityLabel: availabilityLabel(s.availability, now, locale).label,
  }))
}

/** One spokesperson with their account email and the availability as the edit form writes it. */
export async function getSpokespersonForEdit(db: Db, id: string) {
  if (!isUuid(id)) return null
  const [row] = await db.select({ s: spokespeople, email: users.email }).from(spokespeople).innerJoin(users, eq(users.id, spokespeople.userId)).where(eq(spokespeople.id, id))
  if (!row) return null
  return { ...row.s, email: row.email, availabilityText: formatAvailability(row.s.availability) }
}

function snapshot(s: Spokesperson) {
  return {
    displayName: s.displayName,
    roleTitle: s.roleTitle,
    topics: s.topics,
    nations: s.nations,
    mediaTrained: s.mediaTrained,
    mediaTrainedOn: s.mediaTrainedOn,
    bio: s.bio,
    availability: s.availability,
    active: s.active,
  }
}

/** Puts an existing member or officer on the roster. Journalists cannot speak for Chorus. */
export async function addSpokesperson(db: Db, input: SpokespersonInput & { email: string; actorId: string }) {
  const result = await db.transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = lower(${input.email.trim()})`)
    if (!user) throw new DomainError('invalid_input', msg('No Chorus account uses that email address. Ask them to create an account first.'), 'email')
    if (user.role === 'journalist') throw new DomainError('invalid_input', msg('That is a journalist’s account. Spokespeople must be Chorus members or officers.'), 'email')
    const [existing] = await tx.select({ id: spokespeople.id, active: spokespeople.active }).from(spokespeople).where(eq(spokespeople.userId, user.id))
    if (existing)
      throw new DomainError('conflict', existing.active ? msg('{name} is already on the roster.') : msg('{name} is on the roster but stood down. Open their entry to bring them back.'), 'email', {
        name: user.name,
      })
    const { email, actorId, displayName, ...fields } = input
    const [s] = await tx
      .insert(spokespeople)
      .values({ ...fields, userId: user.id, displayName: displayName ?? user.name })
      .returning()
    await audit(tx, { actorId, action: 'spokesperson.add', subjectType: 'spokesperson', subjectId: s.id, after: { ...snapshot(s), userId: user.id } })
    return s
  })
  // The roster shows on briefing pages.
  await forgetPublicPages(db)
  return result
}

async function lockSpokesperson(tx: Db, id: string) {
  if (!isUuid(id)) throw new DomainError('not_found', msg('No such spokesperson'))
  const [s] = await tx.select().from(spokespeople).where(eq(spokespeople.id, id)).for('update')
  if (!s) throw new DomainError('not_found', msg('No such spokesperson'))
  return s
}

export async function updateSpokesperson(db: Db, input: SpokespersonInput & { spokespersonId: string; actorId: string }) {
  const result = await db.transaction(async (tx) => {
    const before = await lockSpokesperson(tx, input.spokespersonId)
    const { spokespersonId, actorId, displayName, ...fields } = input
    const name = displayName ?? (await tx.select({ name: users.name }).from(users).where(eq(users.id, before.userId)))[0].name
    const [after] = await tx
      .update(spokespeople)
      .set({ ...fields, displayName: name, updatedAt: new Date() })
      .where(eq(spokespeople.id, spokespersonId))
      .returning()
    await audit(tx, { actorId, action: 'spokesperson.edit', subjectType: 'spokesperson', subjectId: spokespersonId, before: snapshot(before), after: snapshot(after) })
    return after
  })
  // The roster shows on briefing pages.
  await forgetPublicPages(db)
  return result
}

/** Stands a spokesperson down (they vanish from the press room) or brings them back. */
export async function setSpokespersonActive(db: Db, input: { spokespersonId: string; actorId: string; active: boolean }) {
  const result = await db.transaction(async (tx) => {
    const before = await lockSpokesperson(tx, input.spokespersonId)
    if (before.active === input.active)
      throw new DomainError('invalid_state', input.active ? msg('{name} is already on the roster') : msg('{name} has already been stood down'), undefined, { name: before.displayName })
    await tx.update(spokespeople).set({ active: input.active, updatedAt: new Date() }).where(eq(spokespeople.id, before.id))
    await audit(tx, {
      actorId: input.actorId,
      action: input.active ? 'spokesperson.reactivate' : 'spokesperson.deactivate',
      subjectType: 'spokesperson',
      subjectId: before.id,
      before: { active: before.active },
      after: { active: input.active },
    })
  })
  // The roster shows on briefing pages.
  await forgetPublicPages(db)
  return result
}

/** Active spokespeople by account, for assigning enquiries. */
export async function activeSpokespeopleByUser(db: Db, userIds?: string[]) {
  return db
    .select({ userId: spokespeople.userId, name: spokespeople.displayName, role: spokespeople.roleTitle })
    .from(spokespeople)
    .where(and(eq(spokespeople.active, true), userIds ? inArray(spokespeople.userId, userIds) : undefined))
}
