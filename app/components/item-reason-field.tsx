import { FieldFrame } from './text-field-plain.tsx'

/** What a refused form's reply carries back: its messages and what was typed. */
type ItemReply = { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null | undefined

/**
 * The reason box of one item in a list where each item has its own small form (questions to
 * moderate, nominations to decide). A refused form's message and the reason typed come back
 * beside the item it was sent for (`sentFor`), nowhere else; the error summary links to
 * `field-reason-<item>`.
 */
export function ItemReasonField(props: { itemId: string; sentFor: string | undefined; result: ItemReply; label: string }) {
  const mine = props.itemId === props.sentFor
  const error = mine ? (props.result?.error?.reason?.[0] ?? undefined) : undefined
  const typed = mine && typeof props.result?.initialValue?.reason === 'string' ? props.result.initialValue.reason : undefined
  return (
    <FieldFrame name={`reason-${props.itemId}`} label={props.label} error={error}>
      {(ids) => <textarea id={ids.id} name="reason" className="textarea" rows={2} defaultValue={typed} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} />}
    </FieldFrame>
  )
}
