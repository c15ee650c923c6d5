import { z } from 'zod'
import type { Db } from '../../../db/client.server.ts'
import { processedWebhooks } from '../../../db/schema/index.ts'
import { msg } from '~/i18n/translate.ts'
import { DomainError } from '~/domain/errors.ts'
import { suppressAddress } from './preferences.server.ts'

const ProviderEvent = z.object({
  type: z.string().max(100),
  data: z
    .object({
      to: z.union([z.string(), z.array(z.string())]).optional(),
      bounce: z.object({ type: z.string().optional() }).passthrough().optional(),
    })
    .passthrough(),
})

/**
 * Acts on a verified Resend webhook once: bounced and complaining addresses are suppressed.
 * The delivery id is recorded first, so a replay changes nothing; other events are ignored.
 */
export async function recordProviderEvent(db: Db, input: { deliveryId: string; payload: unknown }) {
  const parsed = ProviderEvent.safeParse(input.payload)
  if (!parsed.success) throw new DomainError('invalid_input', msg('Unrecognised webhook payload'))
  const event = parsed.data
  return db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(processedWebhooks)
      .values({ id: `resend:${input.deliveryId}`, source: 'resend' })
      .onConflictDoNothing()
      .returning()
    if (!fresh) return 'duplicate' as const
    const permanentBounce = event.type === 'email.bounced' && event.data.bounce?.type !== 'Transient'
    if (!permanentBounce && event.type !== 'email.complained') return 'ignored' as const
    const addresses = [event.data.to ?? []].flat()
    for (const email of addresses) {
      await suppressAddress(tx, { email, reason: event.type === 'email.complained' ? 'complained' : 'bounced' })
    }
    return 'suppressed' as const
  })
}
