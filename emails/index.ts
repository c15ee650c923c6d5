import type { ReactElement } from 'react'
import PasswordReset from './password-reset.tsx'
import AccountExists from './account-exists.tsx'
import BallotOpen from './ballot-open.tsx'
import BallotReminder from './ballot-reminder.tsx'
import BallotResult from './ballot-result.tsx'
import ConsultationOpen from './consultation-open.tsx'
import DirectDebitFailed from './direct-debit-failed.tsx'
import EnquiryAcknowledged from './enquiry-acknowledged.tsx'
import EnquiryAssigned from './enquiry-assigned.tsx'
import EnquiryDeclined from './enquiry-declined.tsx'
import EnquiryDigest from './enquiry-digest.tsx'
import EnquiryNew from './enquiry-new.tsx'
import EnquiryReceived from './enquiry-received.tsx'
import EnquiryReply from './enquiry-reply.tsx'
import MembershipLapsed from './membership-lapsed.tsx'
import MembershipWelcome from './membership-welcome.tsx'
import MotionNeedsOfficers from './motion-needs-officers.tsx'
import PaymentFailed from './payment-failed.tsx'
import PaymentReceipt from './payment-receipt.tsx'
import PressAccountDecision from './press-account-decision.tsx'
import PressAlert from './press-alert.tsx'
import PressFollowUp, { followUpTitle } from './press-follow-up.tsx'
import PressSubscriptionConfirm from './press-subscription-confirm.tsx'
import RegistrationRejected from './registration-rejected.tsx'
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
  component: (props: Props) => ReactElement
  subject: (data: Omit<Props, keyof PersonalProps>) => string
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
    subject: () => 'Confirm your email address for Chorus',
    secret: true,
    previewProps: VerifyEmail.PreviewProps,
  }),
  'password-reset': template({
    component: PasswordReset,
    subject: () => 'Reset your Chorus password',
    secret: true,
    previewProps: PasswordReset.PreviewProps,
  }),
  'account-exists': template({
    component: AccountExists,
    subject: () => 'You already have a Chorus account',
    previewProps: AccountExists.PreviewProps,
  }),
  'membership-welcome': template({
    component: MembershipWelcome,
    subject: (data) => `Welcome to Chorus — membership ${data.membershipNumber}`,
    previewProps: MembershipWelcome.PreviewProps,
  }),
  'payment-receipt': template({
    component: PaymentReceipt,
    subject: (data) => `Receipt: ${data.amount} Chorus membership dues`,
    previewProps: PaymentReceipt.PreviewProps,
  }),
  'payment-failed': template({
    component: PaymentFailed,
    subject: () => 'Your Chorus membership payment did not go through',
    previewProps: PaymentFailed.PreviewProps,
  }),
  'direct-debit-failed': template({
    component: DirectDebitFailed,
    subject: () => 'Your Chorus Direct Debit payment did not go through',
    previewProps: DirectDebitFailed.PreviewProps,
  }),
  'membership-lapsed': template({
    component: MembershipLapsed,
    subject: () => 'Your Chorus membership has lapsed',
    previewProps: MembershipLapsed.PreviewProps,
  }),
  'registration-rejected': template({
    component: RegistrationRejected,
    subject: () => 'We could not verify your registration number',
    previewProps: RegistrationRejected.PreviewProps,
  }),
  'ballot-open': template({
    component: BallotOpen,
    subject: (data) => `Voting is open: ${data.title}`,
    previewProps: BallotOpen.PreviewProps,
  }),
  'ballot-reminder': template({
    component: BallotReminder,
    subject: (data) => `Voting closes ${data.closes}: ${data.title}`,
    previewProps: BallotReminder.PreviewProps,
  }),
  'ballot-result': template({
    component: BallotResult,
    subject: (data) => `Result published: ${data.title}`,
    previewProps: BallotResult.PreviewProps,
  }),
  'motion-needs-officers': template({
    component: MotionNeedsOfficers,
    subject: (data) => `Member motion needs an answer: ${data.title}`,
    previewProps: MotionNeedsOfficers.PreviewProps,
  }),
  'consultation-open': template({
    component: ConsultationOpen,
    subject: (data) => `Have your say: ${data.title}`,
    previewProps: ConsultationOpen.PreviewProps,
  }),
  'statement-published': template({
    component: StatementPublished,
    subject: (data) => `New position statement: ${data.title}`,
    previewProps: StatementPublished.PreviewProps,
  }),
  'statement-review-due': template({
    component: StatementReviewDue,
    subject: (data) => `Review due by ${data.reviewBy}: ${data.title}`,
    previewProps: StatementReviewDue.PreviewProps,
  }),
  'press-alert': template({
    component: PressAlert,
    subject: (data) => (data.embargoNotice ? `EMBARGOED press briefing: ${data.headline}` : `Press briefing: ${data.headline}`),
    previewProps: PressAlert.PreviewProps,
  }),
  /** Withdrawn, moved or corrected after it was sent: to everyone who received the text. */
  'press-follow-up': template({
    component: PressFollowUp,
    subject: (data) => `${followUpTitle(data)}: ${data.headline}`,
    previewProps: PressFollowUp.PreviewProps,
  }),
  'press-account-decision': template({
    component: PressAccountDecision,
    subject: (data) => (data.approved ? 'Your Chorus press account is approved' : 'Your Chorus press account'),
    previewProps: PressAccountDecision.PreviewProps,
  }),
  'press-subscription-confirm': template({
    component: PressSubscriptionConfirm,
    subject: () => 'Confirm you want Chorus press briefings',
    secret: true,
    previewProps: PressSubscriptionConfirm.PreviewProps,
  }),
  'enquiry-received': template({
    component: EnquiryReceived,
    subject: (data) => `We have your enquiry: ${data.topic}`,
    previewProps: EnquiryReceived.PreviewProps,
  }),
  'enquiry-acknowledged': template({
    component: EnquiryAcknowledged,
    subject: (data) => `The Chorus press office received your enquiry (${data.reference})`,
    previewProps: EnquiryAcknowledged.PreviewProps,
  }),
  'enquiry-digest': template({
    component: EnquiryDigest,
    subject: (data) => `Media enquiries: ${data.count} in the queue`,
    previewProps: EnquiryDigest.PreviewProps,
  }),
  /** No longer queued (officers get the digest); kept so jobs queued before it still send. */
  'enquiry-new': template({
    component: EnquiryNew,
    subject: (data) => `Media enquiry due ${data.deadline}: ${data.enquirer}`,
    previewProps: EnquiryNew.PreviewProps,
  }),
  'enquiry-assigned': template({
    component: EnquiryAssigned,
    subject: (data) => `Media enquiry for you, due ${data.deadline}`,
    previewProps: EnquiryAssigned.PreviewProps,
  }),
  'enquiry-reply': template({
    component: EnquiryReply,
    subject: (data) => `Chorus press office: ${data.topic}`,
    previewProps: EnquiryReply.PreviewProps,
  }),
  'enquiry-declined': template({
    component: EnquiryDeclined,
    subject: (data) => `Chorus press office: ${data.topic}`,
    previewProps: EnquiryDeclined.PreviewProps,
  }),
}

export type TemplateName = keyof typeof templates
export type TemplateData<N extends TemplateName> = Omit<Parameters<(typeof templates)[N]['component']>[0], keyof PersonalProps>
