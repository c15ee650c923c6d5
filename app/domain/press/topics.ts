import { msg } from '~/i18n/translate.ts'

/** The press office's topics: briefings, journalists' beats and alerts, and per-topic feeds use these slugs. */
export const PRESS_TOPICS = {
  'children-and-families': msg('Children and families'),
  'serious-case-reviews': msg('Serious case reviews'),
  'adult-social-care': msg('Adult social care'),
  'mental-health': msg('Mental health'),
  workforce: msg('Workforce and caseloads'),
  funding: msg('Funding'),
  regulation: msg('Regulation'),
  'media-and-the-profession': msg('Media and the profession'),
} as const

export type PressTopic = keyof typeof PRESS_TOPICS

export function isPressTopic(value: string): value is PressTopic {
  return Object.hasOwn(PRESS_TOPICS, value)
}

export const PRESS_TOPIC_SLUGS = Object.keys(PRESS_TOPICS) as [PressTopic, ...PressTopic[]]

/** The topic's name as a message id: translate it where it is shown (`t(topicLabel(slug))`). */
export function topicLabel(topic: string) {
  return isPressTopic(topic) ? PRESS_TOPICS[topic] : topic
}
