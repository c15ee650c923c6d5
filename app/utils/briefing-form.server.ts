import { data } from '@remix-run/node'
import type { Db } from '../../db/client.server.ts'
import { correctBriefing, PromptsLeftError, rescheduleEmbargo, saveAndReleaseBriefing, saveBriefingDraft, withdrawBriefing } from '~/domain/press/briefings.server.ts'
import { type BriefingForm, toBriefingFields } from '~/domain/press/schemas.ts'
import { translateFor } from '~/i18n/server.ts'
import { msg } from '~/i18n/translate.ts'
import { replyWithError } from './forms.server.ts'

type Replyable = Parameters<typeof replyWithError>[1]

/**
 * Does what the officer's briefing form asked (its schema: `briefingFormSchema`): save, send now
 * or under embargo, correct, move or lift the embargo, or withdraw. Answers the flash message
 * (an English id, with `messageValues`); a broken rule is thrown as a DomainError.
 */
export async function applyBriefingForm(
  db: Db,
  input: { form: BriefingForm; actorId: string; briefingId: string; now: Date; baseUrl: string },
): Promise<{ message: string; messageValues?: Record<string, number> }> {
  const { form } = input
  const base = { actorId: input.actorId, briefingId: input.briefingId }
  const sending = { now: input.now, baseUrl: input.baseUrl }
  switch (form.intent) {
    case 'withdraw':
      await withdrawBriefing(db, { ...base, ...sending, notice: form.notice })
      return { message: msg('Withdrawn. The briefing’s page now shows your notice, alerts not yet sent are cancelled, and everyone who received it is being told not to publish it.') }
    case 'reschedule':
      await rescheduleEmbargo(db, { ...base, ...sending, embargoUntil: form.embargoUntil })
      return {
        message: form.embargoUntil ? msg('The lift time is changed. Alerts will go at the new time.') : msg('The embargo is lifted: the briefing is public now and the alerts are on their way.'),
      }
    case 'correct': {
      const version = await correctBriefing(db, { ...base, ...sending, fields: toBriefingFields(form), correctionNote: form.correctionNote })
      return { message: msg('Corrected: version {version} is live with your note.'), messageValues: { version } }
    }
    case 'release': {
      const outcome = await saveAndReleaseBriefing(db, { ...base, ...sending, fields: toBriefingFields(form), embargoUntil: form.embargoUntil })
      const message = {
        published: msg('Published. It is in the press room now and the alerts are on their way.'),
        scheduled: msg('Sent under embargo. Approved journalists are being alerted; it goes public at the lift time by itself.'),
        awaiting_approval: msg('Saved and waiting for a second officer to approve and send it.'),
      }[outcome]
      return { message }
    }
    default:
      await saveBriefingDraft(db, { ...base, fields: toBriefingFields(form) })
      return { message: msg('Draft saved.') }
  }
}

/**
 * A briefing refused by a rule, as the form's reply: the edits were saved, and each field still
 * holding a template prompt gets its own message; any other DomainError is the form's own.
 */
export function replyWithBriefingError(request: Request, submission: Replyable, error: unknown) {
  if (!(error instanceof PromptsLeftError)) return replyWithError(request, submission, error)
  const fieldErrors = Object.fromEntries(Object.entries(error.fields).map(([name, message]) => [name, [translateFor(request, message, error.fieldValues[name])]]))
  return data(submission.reply({ fieldErrors }), { status: 400 })
}
