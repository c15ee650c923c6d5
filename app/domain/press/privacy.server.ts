import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { briefingEmbargoViews, briefings, journalistAlertTopics, journalists, mediaEnquiries, spokespeople } from '../../../db/schema/index.ts'
import { describeAvailability } from './availability.ts'
import { ENQUIRY_STATUS_LABELS } from './enquiry-status.ts'
import { NATION_NAMES } from './contact-schemas.ts'
import { topicLabel } from './topics.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { enquiryReference } from './enquiries.server.ts'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/**
 * A person's part in the press office, for their data export: their press account and alert
 * topics, the briefings they opened under embargo, the media enquiries they sent while signed in
 * (with the press office's answers), and their entry on the spokesperson roster.
 */
export async function pressDataForUser(db: Db, input: { userId: string; now: Date; locale?: Locale }) {
  const locale = input.locale ?? 'en'
  const t = (message: string) => translate(locale, message)
  const [account] = await db.select().from(journalists).where(eq(journalists.userId, input.userId))
  const alertTopics = account
    ? await db.select({ topic: journalistAlertTopics.topic }).from(journalistAlertTopics).where(eq(journalistAlertTopics.userId, input.userId)).orderBy(asc(journalistAlertTopics.topic))
    : []
  const views = await db
    .select({ headline: briefings.headline, slug: briefings.slug, viewedAt: briefingEmbargoViews.viewedAt })
    .from(briefingEmbargoViews)
    .innerJoin(briefings, eq(briefings.id, briefingEmbargoViews.briefingId))
    .where(eq(briefingEmbargoViews.userId, input.userId))
    .orderBy(asc(briefingEmbargoViews.viewedAt))
  const enquiries = await db.select().from(mediaEnquiries).where(eq(mediaEnquiries.journalistUserId, input.userId)).orderBy(asc(mediaEnquiries.createdAt))
  const [roster] = await db.select().from(spokespeople).where(eq(spokespeople.userId, input.userId))

  return {
    pressAccount: account
      ? {
          outlet: account.outlet,
          jobTitle: account.jobTitle,
          workEmail: account.workEmail,
          beats: account.beats.map((b) => t(topicLabel(b))),
          status: account.status,
          decidedAt: iso(account.decidedAt),
          declineReason: account.declineReason,
          alerts: account.alertAllTopics ? t(msg('every topic')) : alertTopics.map((a) => t(topicLabel(a.topic))),
          createdAt: iso(account.createdAt),
        }
      : null,
    embargoedBriefingsViewed: views.map((v) => ({ briefing: v.headline, slug: v.slug, viewedAt: iso(v.viewedAt) })),
    mediaEnquiries: enquiries.map((e) => ({
      reference: enquiryReference(e, locale),
      status: t(ENQUIRY_STATUS_LABELS[e.status]),
      name: e.name,
      outlet: e.outlet,
      email: e.email,
      phone: e.phone,
      topic: e.topic,
      question: e.question,
      deadline: iso(e.deadline),
      sentAt: iso(e.createdAt),
      answer: e.replyText,
      declineReason: e.declineReason,
      closedAt: iso(e.closedAt),
    })),
    spokesperson: roster
      ? {
          shownAs: roster.displayName,
          role: roster.roleTitle,
          topics: roster.topics.map((x) => t(topicLabel(x))),
          nations: roster.nations.map((n) => t(NATION_NAMES[n])),
          mediaTrainedOn: roster.mediaTrained ? roster.mediaTrainedOn : null,
          bio: roster.bio,
          availability: describeAvailability(roster.availability, input.now, locale),
          onRoster: roster.active,
        }
      : null,
  }
}

/**
 * On account deletion, inside its transaction. The press account and its alert topics go (as
 * does a roster entry, by cascade from the account). The embargoed-view log keeps each view with
 * the name and outlet it was read under and loses the account link: it is the press office's
 * record of who had a briefing before its lift, which matters most if an embargo is broken, and
 * it is append-only in the database. Media enquiries stay
 * as correspondence without the account link: anyone may send one without an account, the
 * enquiry holds only what the enquirer typed into it for the press office, and the press office's
 * answer is on the record, so it must still be able to show what it was asked and what it said.
 * With the link gone, nothing in Chorus ties the enquiry to the deleted account any more.
 */
export async function erasePressDataForUser(tx: Db, input: { userId: string }) {
  await tx.delete(journalistAlertTopics).where(eq(journalistAlertTopics.userId, input.userId))
  await tx.delete(journalists).where(eq(journalists.userId, input.userId))
  await tx.update(mediaEnquiries).set({ journalistUserId: null, updatedAt: new Date() }).where(eq(mediaEnquiries.journalistUserId, input.userId))
}
