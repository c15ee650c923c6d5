import { z } from 'zod'
import { msg } from '~/i18n/translate.ts'
import { MAX_QUESTIONS, type QuestionKind } from './questions.ts'

const list = (max: number) => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(max)).max(40))
const Kind = z.enum(['single', 'multiple', 'agree5', 'free_text'], { error: msg('Choose what kind of question it is') })

const questionFields = Object.fromEntries(
  Array.from({ length: MAX_QUESTIONS }, (_, i) => [
    [`q${i + 1}kind`, Kind.optional()],
    [`q${i + 1}wording`, z.string().max(1000, msg('Keep each question under 300 characters')).optional()],
    [`q${i + 1}options`, z.string().max(5000, msg('The options are too long')).optional()],
  ]).flat(),
) as Record<string, z.ZodOptional<z.ZodTypeAny>>

/**
 * The officer's new-poll form: a title, up to five questions (a blank wording leaves a question
 * out; options one per line), the audience (no box ticked means everyone) and the hours it stays open.
 */
export const NewPollSchema = z
  .object({
    intent: z.enum(['preview', 'send']).default('preview'),
    title: z
      .string({ error: msg('Enter a title for the poll') })
      .trim()
      .min(1, msg('Enter a title for the poll'))
      .max(120, msg('The title must be 120 characters or fewer')),
    durationHours: z.coerce.number({ error: msg('Choose how long the poll stays open') }).int(msg('Choose how long the poll stays open')),
    nations: list(40),
    branches: list(80),
    tiers: list(40),
    practiceAreas: list(40),
    ...questionFields,
  })
  .transform((v, ctx) => {
    const record = v as Record<string, unknown>
    const questions: { kind: QuestionKind; wording: string; options: string[] }[] = []
    for (let n = 1; n <= MAX_QUESTIONS; n++) {
      const wording = String(record[`q${n}wording`] ?? '').trim()
      if (!wording) continue
      const kind = record[`q${n}kind`] as QuestionKind | undefined
      if (!kind) {
        ctx.addIssue({ code: 'custom', path: [`q${n}kind`], message: msg('Choose what kind of question it is') })
        continue
      }
      questions.push({ kind, wording, options: String(record[`q${n}options`] ?? '').split(/\r?\n/) })
    }
    if (questions.length === 0) ctx.addIssue({ code: 'custom', path: ['q1wording'], message: msg('Write at least one question') })
    return { intent: v.intent, title: v.title, durationHours: v.durationHours, nations: v.nations, branches: v.branches, tiers: v.tiers, practiceAreas: v.practiceAreas, questions }
  })

const answer = z.union([z.string().max(2000, msg('Your answer must be 500 characters or fewer')), z.array(z.string().max(40)).max(8)]).optional()

/** A member's answers: field `q<n>` per question (several values for several choices). */
export const AnswersSchema = z.object(Object.fromEntries(Array.from({ length: MAX_QUESTIONS }, (_, i) => [`q${i + 1}`, answer])))

/** The form's fields as the domain's answers, keyed by question position. */
export function answersFromForm(value: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.slice(1), v]))
}
