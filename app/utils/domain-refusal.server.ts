import type { SubmissionResult } from '@conform-to/react'
import { data } from '@remix-run/node'
import { DomainError, statusForCode } from '~/domain/errors'
import { localeOf, translateFor } from '~/i18n/server'
import { translateIfMessage } from '~/i18n/translate'

/**
 * A refusal from the domain as a form's reply (`submission.reply()`), in the page's language,
 * beside its field when it names one, with the code's status. A value that is itself a message
 * (a membership's reason for being outside an election) is shown in that language too; names and
 * titles are shown as they are. Anything else is re-thrown.
 */
export function refusalReply(request: Request, submission: { reply(options?: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }): SubmissionResult<string[]> }, error: unknown) {
  if (!(error instanceof DomainError)) throw error
  const locale = localeOf(request)
  const values = error.values ? Object.fromEntries(Object.entries(error.values).map(([k, v]) => [k, typeof v === 'string' ? translateIfMessage(locale, v) : v])) : undefined
  const message = translateFor(request, error.message, values)
  return data(error.field ? submission.reply({ fieldErrors: { [error.field]: [message] } }) : submission.reply({ formErrors: [message] }), { status: statusForCode[error.code] })
}
