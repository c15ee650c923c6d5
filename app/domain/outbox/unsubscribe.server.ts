import type { Db } from '../../../db/client.server.ts'
import { msg } from '~/i18n/translate.ts'
import { DomainError } from '~/domain/errors.ts'
import { setPreference } from './preferences.server.ts'
import { OPTIONAL_TOPICS, type OptionalTopic } from './topics.ts'
import { readUnsubscribeToken } from './unsubscribe-token.ts'

const BAD_LINK = msg('This unsubscribe link is not valid. Check you used the whole link from the email, or sign in to choose which emails you get.')

/** What an unsubscribe link would do, without doing it (the GET page). */
export function describeUnsubscribe(secret: string, token: string): { topic: OptionalTopic; label: string } {
  const parsed = readUnsubscribeToken(secret, token)
  if (!parsed) throw new DomainError('invalid_input', BAD_LINK)
  return { topic: parsed.topic, label: OPTIONAL_TOPICS[parsed.topic].label }
}

/** Unsubscribes the person a signed link names from its topic; repeating it is harmless. */
export async function unsubscribeWithToken(db: Db, input: { secret: string; token: string }) {
  const parsed = readUnsubscribeToken(input.secret, input.token)
  if (!parsed) throw new DomainError('invalid_input', BAD_LINK)
  try {
    await setPreference(db, { userId: parsed.userId, topic: parsed.topic, subscribed: false })
  } catch (error) {
    // The account was deleted since the email was sent: nothing will be sent to it anyway.
    if ((error as { cause?: { code?: string } }).cause?.code !== '23503') throw error
  }
  return { topic: parsed.topic, label: OPTIONAL_TOPICS[parsed.topic].label }
}
