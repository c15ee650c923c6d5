import type { ReactElement } from 'react'
import type { Locale } from '../app/i18n/locale.ts'
import type { EmailT, Localised } from './components/language.ts'
import PasswordReset from './password-reset.tsx'
import AccountExists from './account-exists.tsx'
import BallotOpen from './ballot-open.tsx'
import BallotReminder from './ballot-reminder.tsx'
import { dayIn, whenIn } from './components/when.ts'
import BallotResult from './ballot-result.tsx'
import ConsultationOpen from './consultation-open.tsx'
import DirectDebitFailed from './direct-debit-failed.tsx'
import EnquiryAcknowledged from './enquiry-acknowledged.tsx'
import EnquiryAssigned from './enquiry-assigned.tsx'
import EnquiryDeclined from './enquiry-declined.tsx'
import EnquiryDigest, { digestCount } from './enquiry-digest.tsx'
import EnquiryNew from './enquiry-new.tsx'
import EnquiryReceived from './enquiry-received.tsx'
import EnquiryReply from './enquiry-reply.tsx'
import MembershipLapsed from './membership-lapsed.tsx'
import MembershipWelcome from './membership-welcome.tsx'
import MotionNeedsOfficers from './motion-needs-officers.tsx'
import PaymentFailed from './payment-failed.tsx'
import PaymentReceipt from './payment-receipt.tsx'
import PollInvitation from './poll-invitation.tsx'
import PressAccountDecision from './press-account-decision.tsx'
import PressAlert, { pressAlertSubject } from './press-alert.tsx'
import PressFollowUp, { pressFollowUpSubject } from './press-follow-up.tsx'
import PressSubscriptionConfirm from './press-subscription-confirm.tsx'
import RegistrationRejected from './registration-rejected.tsx'
import SecondFactorReset from './second-factor-reset.tsx'
import HustingsQuestion from './hustings-question.tsx'
import NominationDecision from './nomination-decision.tsx'
import NominationInvitation from './nomination-invitation.tsx'
import StatementPublished from './statement-published.tsx'
import StatementReviewDue from './statement-review-due.tsx'
import VerifyEmail from './verify-email.tsx'

/** Every template receives its data plus these, filled in per recipient after rendering. */
export interface PersonalProps {
  name: string
  /** Present on non-essential email only. */
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export interface EmailTemplate<Props extends PersonalProps> {
  /** Writes the email in one language (`locale`), every sentence through `t`. */
  component: (props: Props & Localised) => ReactElement
  /** In the copy's language: `locale` is the language `t` writes in. */
  subject: (data: Omit<Props, keyof PersonalProps>, t: EmailT, locale: Locale) => string
  /** The data holds a secret (a sign-in link): it is wiped from the outbox once sent. */
  secret?: boolean
  previewProps: NoInfer<Props>
}

function template<Props extends PersonalProps>(t: EmailTemplate<Props>) {
  return t
}

export const templates = {
  'verify-email': template({
    component: VerifyEmail,
    subject: (_, t) => t('Confirm your email address for Chorus'),
    secret: true,
    previewProps: VerifyEmail.PreviewProps,
  }),
  'password-reset': template({
    component: PasswordReset,
    subject: (_, t) => t('Reset your Chorus password'),
    secret: true,
    previewProps: PasswordReset.PreviewProps,
  }),
  'second-factor-reset': template({
    component: SecondFactorReset,
    subject: (_, t) => t('Your two-step verification was reset'),
    previewProps: SecondFactorReset.PreviewProps,
  }),
  'account-exists': template({
    component: AccountExists,
    subject: (_, t) => t('You already have a Chorus account'),
    previewProps: AccountExists.PreviewProps,
  }),
  'membership-welcome': template({
    component: MembershipWelcome,
    subject: (data, t) => t('Welcome to Chorus — membership {membershipNumber}', { membershipNumber: data.membershipNumber }),
    previewProps: MembershipWelcome.PreviewProps,
  }),
  'payment-receipt': template({
    component: PaymentReceipt,
    subject: (data, t) => t('Receipt: {amount} Chorus membership dues', { amount: data.amount }),
    previewProps: PaymentReceipt.PreviewProps,
  }),
  'payment-failed': template({
    component: PaymentFailed,
    subject: (_, t) => t('Your Chorus membership payment did not go through'),
    previewProps: PaymentFailed.PreviewProps,
  }),
  'direct-debit-failed': template({
    component: DirectDebitFailed,
    subject: (_, t) => t('Your Chorus Direct Debit payment did not go through'),
    previewProps: DirectDebitFailed.PreviewProps,
  }),
  'membership-lapsed': template({
    component: MembershipLapsed,
    subject: (_, t) => t('Your Chorus membership has lapsed'),
    previewProps: MembershipLapsed.PreviewProps,
  }),
  'registration-rejected': template({
    component: RegistrationRejected,
    subject: (_, t) => t('We could not verify your registration number'),
    previewProps: RegistrationRejected.PreviewProps,
  }),
  'nomination-invitation': template({
    component: NominationInvitation,
    subject: (d, t) => t('You have been nominated in {election}', { election: d.election }),
    previewProps: NominationInvitation.PreviewProps,
  }),
  'nomination-decision': template({
    component: NominationDecision,
    subject: (d, t) => (d.kind === 'valid' ? t('Your nomination in {election} is valid', { election: d.election }) : t('Your nomination in {election} was rejected', { election: d.election })),
    previewProps: NominationDecision.PreviewProps,
  }),
  'hustings-question': template({
    component: HustingsQuestion,
    subject: (d, t) => t('A hustings question for the candidates in {election}', { election: d.election }),
    previewProps: HustingsQuestion.PreviewProps,
  }),
  'ballot-open': template({
    component: BallotOpen,
    subject: (data, t) => t('Voting is open: {title}', { title: data.title }),
    previewProps: BallotOpen.PreviewProps,
  }),
  'ballot-reminder': template({
    component: BallotReminder,
    subject: (data, t, locale) => t('Voting closes {closes}: {title}', { closes: whenIn(locale, data.closes), title: data.title }),
    previewProps: BallotReminder.PreviewProps,
  }),
  'ballot-result': template({
    component: BallotResult,
    subject: (data, t) => t('Result published: {title}', { title: data.title }),
    previewProps: BallotResult.PreviewProps,
  }),
  'poll-invitation': template({
    component: PollInvitation,
    subject: (data, t) => t('Quick poll: {title}', { title: data.title }),
    previewProps: PollInvitation.PreviewProps,
  }),
  'motion-needs-officers': template({
    component: MotionNeedsOfficers,
    subject: (data, t) => t('Member motion needs an answer: {title}', { title: data.title }),
    previewProps: MotionNeedsOfficers.PreviewProps,
  }),
  'consultation-open': template({
    component: ConsultationOpen,
    subject: (data, t) => t('Have your say: {title}', { title: data.title }),
    previewProps: ConsultationOpen.PreviewProps,
  }),
  'statement-published': template({
    component: StatementPublished,
    subject: (data, t) => t('New position statement: {title}', { title: data.title }),
    previewProps: StatementPublished.PreviewProps,
  }),
  'statement-review-due': template({
    component: StatementReviewDue,
    subject: (data, t, locale) => t('Review due by {reviewBy}: {title}', { reviewBy: dayIn(locale, data.reviewBy), title: data.title }),
    previewProps: StatementReviewDue.PreviewProps,
  }),
  'press-alert': template({
    component: PressAlert,
    subject: pressAlertSubject,
    previewProps: PressAlert.PreviewProps,
  }),
  /** Withdrawn, moved or corrected after it was sent: to everyone who received the text. */
  'press-follow-up': template({
    component: PressFollowUp,
    subject: pressFollowUpSubject,
    previewProps: PressFollowUp.PreviewProps,
  }),
  'press-account-decision': template({
    component: PressAccountDecision,
    subject: (data, t) => (data.approved ? t('Your Chorus press account is approved') : t('Your Chorus press account')),
    previewProps: PressAccountDecision.PreviewProps,
  }),
  'press-subscription-confirm': template({
    component: PressSubscriptionConfirm,
    subject: (_, t) => t('Confirm you want Chorus press briefings'),
    secret: true,
    previewProps: PressSubscriptionConfirm.PreviewProps,
  }),
  'enquiry-received': template({
    component: EnquiryReceived,
    subject: (data, t) => t('We have your enquiry: {topic}', { topic: data.topic }),
    previewProps: EnquiryReceived.PreviewProps,
  }),
  'enquiry-acknowledged': template({
    component: EnquiryAcknowledged,
    subject: (data, t) => t('The Chorus press office received your enquiry ({reference})', { reference: data.reference }),
    previewProps: EnquiryAcknowledged.PreviewProps,
  }),
  'enquiry-digest': template({
    component: EnquiryDigest,
    subject: (data, t) => t('Media enquiries: {count} in the queue', { count: digestCount(t, data.count) }),
    previewProps: EnquiryDigest.PreviewProps,
  }),
  /** No longer queued (officers get the digest); kept so jobs queued before it still send. */
  'enquiry-new': template({
    component: EnquiryNew,
    subject: (data, t, locale) => t('Media enquiry due {deadline}: {enquirer}', { deadline: whenIn(locale, data.deadline), enquirer: data.enquirer }),
    previewProps: EnquiryNew.PreviewProps,
  }),
  'enquiry-assigned': template({
    component: EnquiryAssigned,
    subject: (data, t, locale) => t('Media enquiry for you, due {deadline}', { deadline: whenIn(locale, data.deadline) }),
    previewProps: EnquiryAssigned.PreviewProps,
  }),
  'enquiry-reply': template({
    component: EnquiryReply,
    subject: (data, t) => t('Chorus press office: {topic}', { topic: data.topic }),
    previewProps: EnquiryReply.PreviewProps,
  }),
  'enquiry-declined': template({
    component: EnquiryDeclined,
    subject: (data, t) => t('Chorus press office: {topic}', { topic: data.topic }),
    previewProps: EnquiryDeclined.PreviewProps,
  }),
}

export type TemplateName = keyof typeof templates
/**
 * What an email is queued with. `locale` is for someone who is not (yet) a user, whose language the
 * caller knows — a journalist registering or a reader subscribing on a Welsh page: a user's own
 * choice (`users.locale`) comes first; with neither, the email is in both languages.
 */
export type TemplateData<N extends TemplateName> = Omit<Parameters<(typeof templates)[N]['component']>[0], keyof PersonalProps | keyof Localised> & {
  locale?: Locale
}
