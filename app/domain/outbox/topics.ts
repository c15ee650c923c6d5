import type { EmailTopic } from '../../../db/schema/index.ts'
import { msg } from '~/i18n/translate.ts'

/** Topics a person can turn off, with how they are described to them (message ids: `t()` them where shown). */
export const OPTIONAL_TOPICS = {
  ballots: { label: msg('Ballots'), hint: msg('When a vote opens, and a reminder before it closes') },
  consultations: { label: msg('Consultations'), hint: msg('When officers ask members for views on a draft statement') },
  statements: { label: msg('Position statements'), hint: msg('When Chorus publishes a position statement') },
  press_alerts: { label: msg('Press alerts'), hint: msg('Rapid-response briefings as they are issued (journalists)') },
  newsletters: { label: msg('Newsletters'), hint: msg('Occasional news about Chorus and the profession') },
} as const satisfies Partial<Record<EmailTopic, { label: string; hint: string }>>

export type OptionalTopic = keyof typeof OPTIONAL_TOPICS

export function isOptionalTopic(topic: string): topic is OptionalTopic {
  return Object.hasOwn(OPTIONAL_TOPICS, topic)
}
