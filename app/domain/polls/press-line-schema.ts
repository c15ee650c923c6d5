import { z } from 'zod'
import { msg } from '~/i18n/translate.ts'

const optionIds = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(64)).min(1, msg('Choose at least one answer')).max(8))

/** The figure an officer picks for a press line: a question and one or more of its answers. */
export const PressLineChoiceSchema = z.object({
  questionId: z.string({ error: msg('Choose a question from the list') }).regex(/^[1-5]$/, msg('Choose a question from the list')),
  optionIds,
})

/** The same figure, and the draft briefing it goes into. */
export const AddToBriefingSchema = PressLineChoiceSchema.extend({
  intent: z.literal('brief'),
  briefingId: z.uuid({ error: msg('Choose a draft briefing') }),
})
