import type { SubmissionResult } from '@conform-to/react'
import { data } from '@remix-run/node'
import { DomainError, statusForCode } from '~/domain/errors'
import { withReasonIn } from '~/domain/voting/member-motions.server'
import { localeOf, translateFor } from '~/i18n/server'

/** A refusal from the domain as a form's reply (`submission.reply()`), in the page's language with its reason too, beside its field when it names one, with the code's status. Anything else is re-thrown. */
export function refusalReply(request: Request, submission: { reply(options?: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }): SubmissionResult<string[]> }, error: unknown) {
  if (!(error instanceof DomainError)) throw error
  const shown = withReasonIn(localeOf(request), error) as DomainError
  const values = shown.values ? Object.fromEntries(Object.entries(shown.values).map(([k, v]) => [k, typeof v === 'string' ? translateFor(request, v) : v])) : undefined
  const message = translateFor(request, shown.message, values)
  return data(error.field ? submission.reply({ fieldErrors: { [error.field]: [message] } }) : submission.reply({ formErrors: [message] }), { status: statusForCode[error.code] })
}
