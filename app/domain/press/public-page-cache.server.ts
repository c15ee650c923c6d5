/**
 * The data of lifted briefings as an anonymous reader sees them, kept for two seconds: a story
 * breaking sends thousands of readers to one briefing at once. Only a briefing that is already
 * public is ever kept — once lifted it cannot go back under embargo — so the embargo is always
 * decided on current data. A correction or withdrawal clears it here at once; other instances
 * show the change within the two seconds.
 */
export const PUBLIC_BRIEFING_SECONDS = 2
const TTL_MS = PUBLIC_BRIEFING_SECONDS * 1000
const MAX_ENTRIES = 200

const entries = new Map<string, { at: number; value: unknown }>()

export function cachedPublicBriefing<T>(key: string, now = Date.now()): T | undefined {
  const hit = entries.get(key)
  if (!hit) return undefined
  if (now - hit.at > TTL_MS) {
    entries.delete(key)
    return undefined
  }
  return hit.value as T
}

export function keepPublicBriefing(key: string, value: unknown, now = Date.now()) {
  entries.set(key, { at: now, value })
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!)
}

const listeners = new Set<() => void>()

/** The production server keeps whole pages of lifted briefings too; it clears them when this does. */
export function onPublicBriefingsForgotten(listener: () => void) {
  listeners.add(listener)
}

export function forgetPublicBriefings() {
  entries.clear()
  for (const listener of listeners) listener()
}

/**
 * The response header by which a page says every visitor without a session may be handed the
 * same copy for this many seconds. Only a lifted briefing says so, and the server never sends it on.
 */
export const SHARE_HEADER = 'X-Chorus-Share-Seconds'
