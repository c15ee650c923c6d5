import type { SubmissionResult } from '@conform-to/react'
import { z } from 'zod'
import { data } from '@remix-run/node'
import { DomainError, statusForCode } from '~/domain/errors'
import { translateFor } from '~/i18n/server'

interface Replyable {
  reply(options?: { formErrors?: string[]; fieldErrors?: Record<string, string[]>; hideFields?: string[] }): SubmissionResult<string[]>
}

/**
 * Turns a DomainError into the form's error summary with the matching 4xx status, the message in
 * the language of the page the form came from (`/cy/…` is Welsh), its placeholders filled;
 * anything else is a fault and is re-thrown.
 */
export function replyWithError(request: Request, submission: Replyable, error: unknown, hideFields?: string[]) {
  if (!(error instanceof DomainError)) throw error
  const message = translateFor(request, error.message, error.values)
  const reply = error.field ? submission.reply({ fieldErrors: { [error.field]: [message] }, hideFields }) : submission.reply({ formErrors: [message], hideFields })
  return data(reply, { status: statusForCode[error.code] })
}

export function invalid(submission: Replyable, hideFields?: string[]) {
  return data(submission.reply({ hideFields }), { status: 400 })
}

/** The form answered with a problem of its own (not a field's), in the page's language. */
export function refuse(request: Request, submission: Replyable, message: string, status = 400, values?: Record<string, string | number>) {
  return data(submission.reply({ formErrors: [translateFor(request, message, values)] }), { status })
}

/**
 * The schema of a form that is only a button (sign out, go to payment): it still goes through
 * `parseWithZod`, so a field added later is declared and checked in one place.
 */
export const ButtonOnly = z.object({})
