import { DomainError } from '~/domain/errors.ts'
import { msg } from '~/i18n/translate.ts'

export type QuestionKind = 'single' | 'multiple' | 'agree5' | 'free_text'
export interface Option {
  id: string
  label: string
}
export interface Question {
  position: number
  kind: QuestionKind
  wording: string
  options: Option[]
}
/** Question position (as text) → an option id, several option ids, or free text. */
export type Answers = Record<string, string | string[]>

export const QUESTION_KINDS: Record<QuestionKind, string> = {
  single: msg('One choice'),
  multiple: msg('Several choices'),
  agree5: msg('Agree–disagree scale'),
  free_text: msg('Free text'),
}

/** The five-point scale, the same for every agree–disagree question. Labels are translated where shown. */
export const AGREE5: Option[] = [
  { id: 'strongly_agree', label: msg('Strongly agree') },
  { id: 'agree', label: msg('Agree') },
  { id: 'neither', label: msg('Neither agree nor disagree') },
  { id: 'disagree', label: msg('Disagree') },
  { id: 'strongly_disagree', label: msg('Strongly disagree') },
]

export const MAX_QUESTIONS = 5
const MAX_OPTIONS = 8
const MAX_FREE_TEXT = 500
const MAX_WORDING = 300
const MAX_OPTION = 120
export const DURATIONS = [2, 4, 8, 24, 48] as const

/** Labels from an officer's lines become options a, b, c…; agree–disagree takes the fixed scale. */
export function buildQuestion(position: number, input: { kind: QuestionKind; wording: string; options?: string[] }): Question {
  const wording = input.wording.trim()
  const field = `q${position}`
  if (!wording) throw new DomainError('invalid_input', msg('Write the wording of question {n}'), `${field}wording`, { n: position })
  if (wording.length > MAX_WORDING) throw new DomainError('invalid_input', msg('Question {n} must be 300 characters or fewer'), `${field}wording`, { n: position })
  if (input.kind === 'agree5') return { position, kind: input.kind, wording, options: AGREE5 }
  if (input.kind === 'free_text') return { position, kind: input.kind, wording, options: [] }
  const labels = (input.options ?? []).map((o) => o.trim()).filter(Boolean)
  if (labels.length < 2 || labels.length > MAX_OPTIONS) throw new DomainError('invalid_input', msg('Give question {n} between 2 and 8 options, one per line'), `${field}options`, { n: position })
  if (labels.some((l) => l.length > MAX_OPTION)) throw new DomainError('invalid_input', msg('Each option of question {n} must be 120 characters or fewer'), `${field}options`, { n: position })
  if (new Set(labels.map((l) => l.toLowerCase())).size !== labels.length) throw new DomainError('invalid_input', msg('Question {n} has the same option twice'), `${field}options`, { n: position })
  return { position, kind: input.kind, wording, options: labels.map((label, i) => ({ id: String.fromCharCode(97 + i), label })) }
}

/** Control characters other than line breaks are dropped, so a sealed answer has a known upper size. */
const cleanText = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .trim()

/**
 * Checks a member's answers against the questions: every choice question answered with its own
 * options, free text optional and at most 500 characters. Returns the answers to seal.
 */
export function validateAnswers(questions: Question[], raw: Record<string, string | string[] | undefined>): Answers {
  const answers: Answers = {}
  for (const q of questions) {
    const key = String(q.position)
    const value = raw[key]
    const values = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== '')
    if (q.kind === 'free_text') {
      const text = cleanText(values.join('\n'))
      if (text.length > MAX_FREE_TEXT) throw new DomainError('invalid_input', msg('Your answer to question {n} must be 500 characters or fewer'), `q${q.position}`, { n: q.position })
      if (text) answers[key] = text
      continue
    }
    const ids = new Set(q.options.map((o) => o.id))
    if (values.length === 0) throw new DomainError('invalid_input', msg('Answer question {n}'), `q${q.position}`, { n: q.position })
    if (values.some((v) => !ids.has(v)) || (q.kind !== 'multiple' && values.length > 1))
      throw new DomainError('invalid_input', msg('Choose from the options given for question {n}'), `q${q.position}`, { n: q.position })
    answers[key] = q.kind === 'multiple' ? q.options.map((o) => o.id).filter((id) => values.includes(id)) : values[0]
  }
  return answers
}

/** The largest sealed answer these questions allow, in bytes: every answer to a poll is padded to it. */
export function sealedSize(questions: Question[]) {
  let size = 96
  for (const q of questions) {
    size += 8
    if (q.kind === 'free_text') size += 3 * MAX_FREE_TEXT + 4
    else size += q.options.reduce((sum, o) => sum + o.id.length + 4, 4)
  }
  return 256 * Math.ceil(size / 256)
}
