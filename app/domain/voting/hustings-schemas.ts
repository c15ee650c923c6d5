import { z } from 'zod'
import { msg } from '~/i18n/translate.ts'
import { QUESTION_MAX_LENGTH } from './hustings-rules.ts'

export const AskSchema = z.object({
  question: z
    .string({ error: msg('Write your question') })
    .trim()
    .min(1, msg('Write your question'))
    .max(QUESTION_MAX_LENGTH, msg('Keep your question to {max, number} characters or fewer')),
})

export const AnswerSchema = z.object({
  answer: z
    .string({ error: msg('Write your answer') })
    .trim()
    .min(1, msg('Write your answer'))
    .max(20_000, msg('Your answer is too long')),
})

export const ModerateSchema = z.object({
  questionId: z.string().uuid(msg('Choose a question')),
  decision: z.enum(['approved', 'rejected'], { error: msg('Choose approve or reject') }),
  reason: z.string().trim().max(1000, msg('Keep the reason under 1,000 characters')).optional().default(''),
})
