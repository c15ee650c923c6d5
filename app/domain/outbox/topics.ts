import type { EmailTopic } from '../../../db/schema/index.ts'

/** Topics a person can turn off, with how they are described to them. */
export const OPTIONAL_TOPICS = {
  ballots: { label: 'Ballots', hint: 'When a vote opens, and a reminder before it closes' },
  consultations: { label: 'Consultations', hint: 'When officers ask members for views on a draft statement' },
  statements: { label: 'Position statements', hint: 'When Chorus publishes a position statement' },
  press_alerts: { label: 'Press alerts', hint: 'Rapid-response briefings as they are issued (journalists)' },
  newsletters: { label: 'Newsletters', hint: 'Occasional news about Chorus and the profession' },
} as const satisfies Partial<Record<EmailTopic, { label: string; hint: string }>>

export type OptionalTopic = keyof typeof OPTIONAL_TOPICS

export function isOptionalTopic(topic: string): topic is OptionalTopic {
  return Object.hasOwn(OPTIONAL_TOPICS, topic)
}
