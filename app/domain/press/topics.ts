/** The press office's topics: briefings, journalists' beats and alerts, and per-topic feeds use these slugs. */
export const PRESS_TOPICS = {
  'children-and-families': 'Children and families',
  'serious-case-reviews': 'Serious case reviews',
  'adult-social-care': 'Adult social care',
  'mental-health': 'Mental health',
  workforce: 'Workforce and caseloads',
  funding: 'Funding',
  regulation: 'Regulation',
  'media-and-the-profession': 'Media and the profession',
} as const

export type PressTopic = keyof typeof PRESS_TOPICS

export function isPressTopic(value: string): value is PressTopic {
  return Object.hasOwn(PRESS_TOPICS, value)
}

export const PRESS_TOPIC_SLUGS = Object.keys(PRESS_TOPICS) as [PressTopic, ...PressTopic[]]

export function topicLabel(topic: string) {
  return isPressTopic(topic) ? PRESS_TOPICS[topic] : topic
}

