import { z } from 'zod'
import type { Db } from '../../db/client.server.ts'
import { DomainError, statusForCode } from '../domain/errors.ts'
import { correctBriefing, PromptsLeftError, rescheduleEmbargo, saveAndReleaseBriefing, saveBriefingDraft, withdrawBriefing } from '../domain/press/briefings.server.ts'
import { BriefingFieldsSchema, CorrectionSchema, toBriefingFields, WithdrawSchema } from '../domain/press/schemas.ts'
import type { Locale } from '../i18n/locale.ts'
import { msg, translate } from '../i18n/translate.ts'
import { parseLondonLocal } from './london-time.ts'

/** A success's message is an English id (with `messageValues`) for a flash; a failure's errors are in the form's language. */
export type FormOutcome = { ok: true; message: string; messageValues?: Record<string, number>; intent: string } | { ok: false; status: number; intent: string; errors: Record<string, string[]>; values: Record<string, string | string[]> }

const ARRAYS = new Set(['topics', 'statementIds'])

/** The form as plain values, with the fields that may repeat as lists. */
export function briefingFormValues(form: FormData) {
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') continue
    if (ARRAYS.has(key)) out[key] = [...((out[key] as string[] | undefined) ?? []), value]
    else out[key] = value
  }
  return out
}

const WhenSchema = z.discriminatedUnion('when', [
  z.object({ when: z.literal('now') }),
  z.object({ when: z.literal('embargo'), embargoUntil: z.string({ error: msg('Enter the date and time the embargo lifts') }).min(1, msg('Enter the date and time the embargo lifts')) }),
], { error: msg('Choose “Publish now” or “Embargo until”') })

/** Each field's messages in the form's language (zod's are English ids; a London time's reason may already be translated). */
function errorsOf(error: z.ZodError, locale: Locale) {
  const errors: Record<string, string[]> = {}
  for (const issue of error.issues) (errors[String(issue.path[0] ?? '')] ??= []).push(translate(locale, issue.message))
  return errors
}

function liftTime(values: Record<string, string | string[]>, locale: Locale): Date | null | { error: Record<string, string[]> } {
  const when = WhenSchema.safeParse(values)
  if (!when.success) return { error: errorsOf(when.error, locale) }
  if (when.data.when === 'now') return null
  const zone = values.embargoUntilOffset === 'BST' || values.embargoUntilOffset === 'GMT' ? values.embargoUntilOffset : null
  const at = parseLondonLocal(when.data.embargoUntil, zone, locale)
  if (at.ok) return at.at
  return { error: { embargoUntil: [at.problem === 'format' ? translate(locale, msg('Enter the lift time as a date and time, like 26/11/2026 09:30')) : at.message] } }
}

/**
 * The officer's briefing form: one submission is an autosave, a save, a send (publish now or
 * embargo), a correction, a new lift time or a withdrawal. Bad input changes nothing and comes
 * back with a message for each field.
 */
export async function handleBriefingForm(db: Db, input: { values: Record<string, string | string[]>; actorId: string; briefingId: string; now: Date; baseUrl: string; locale?: Locale }): Promise<FormOutcome> {
  const values = input.values
  const locale = input.locale ?? 'en'
  const intent = String(values.intent ?? 'save')
  const fail = (errors: Record<string, string[]>, status = 400): FormOutcome => ({ ok: false, status, intent, errors, values })
  const base = { actorId: input.actorId, briefingId: input.briefingId }
  try {
    if (intent === 'withdraw') {
      const w = WithdrawSchema.safeParse(values)
      if (!w.success) return fail(errorsOf(w.error, locale))
      // Withdrawing cannot be undone: only the confirmation screen's button carries confirm=yes.
      if (values.confirm !== 'yes') return fail({ '': [translate(locale, msg('Confirm that you want to withdraw this briefing: it cannot be undone'))] })
      await withdrawBriefing(db, { ...base, notice: w.data.notice, now: input.now, baseUrl: input.baseUrl })
      return { ok: true, intent, message: msg('Withdrawn. The briefing’s page now shows your notice, alerts not yet sent are cancelled, and everyone who received it is being told not to publish it.') }
    }
    if (intent === 'reschedule') {
      const at = liftTime(values, locale)
      if (at && 'error' in at) return fail(at.error)
      await rescheduleEmbargo(db, { ...base, embargoUntil: at, now: input.now, baseUrl: input.baseUrl })
      return { ok: true, intent, message: at ? msg('The lift time is changed. Alerts will go at the new time.') : msg('The embargo is lifted: the briefing is public now and the alerts are on their way.') }
    }
    const parsed = BriefingFieldsSchema.safeParse(values)
    if (!parsed.success) return fail(errorsOf(parsed.error, locale))
    const fields = toBriefingFields(parsed.data)
    if (intent === 'correct') {
      const c = CorrectionSchema.safeParse(values)
      if (!c.success) return fail(errorsOf(c.error, locale))
      const version = await correctBriefing(db, { ...base, fields, correctionNote: c.data.correctionNote, now: input.now, baseUrl: input.baseUrl })
      return { ok: true, intent, message: msg('Corrected: version {version} is live with your note.'), messageValues: { version } }
    }
    if (intent === 'release') {
      const at = liftTime(values, locale)
      if (at && 'error' in at) return fail(at.error)
      const outcome = await saveAndReleaseBriefing(db, { ...base, fields, embargoUntil: at, now: input.now, baseUrl: input.baseUrl })
      const message = { published: msg('Published. It is in the press room now and the alerts are on their way.'), scheduled: msg('Sent under embargo. Approved journalists are being alerted; it goes public at the lift time by itself.'), awaiting_approval: msg('Saved and waiting for a second officer to approve and send it.') }[outcome]
      return { ok: true, intent, message }
    }
    await saveBriefingDraft(db, { ...base, fields })
    return { ok: true, intent: intent === 'autosave' ? 'autosave' : 'save', message: msg('Draft saved.') }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    // The edits were saved; each field still holding a template prompt gets its own message.
    if (error instanceof PromptsLeftError) return fail(Object.fromEntries(Object.entries(error.fields).map(([name, message]) => [name, [translate(locale, message, error.fieldValues[name])]])))
    return fail({ [error.field ?? '']: [translate(locale, error.message, error.values)] }, statusForCode[error.code])
  }
}
