import type { FieldMetadata } from '@conform-to/react'
import { getInputProps } from '@conform-to/react'
import { useMemo, useRef, type ReactNode } from 'react'
import { useFocusAfterSubmission } from '~/components/error-summary-focus'
import { FieldError } from '~/components/text-field-plain'
import { useShowText, useT } from '~/i18n/react'

/** GOV.UK-style summary at the top of a form: every problem, each linking to its field. */
export function ErrorSummary(props: { formErrors?: string[]; fields: FieldMetadata<unknown>[] }) {
  const fieldErrors = props.fields.filter((f) => f.errors?.length)
  const formErrors = props.formErrors ?? []
  const ref = useRef<HTMLDivElement>(null)
  const t = useT()
  const show = useShowText()
  const hasErrors = fieldErrors.length > 0 || formErrors.length > 0
  useFocusAfterSubmission(ref, [props.formErrors, ...props.fields.map((f) => f.errors)], hasErrors)
  if (!hasErrors) return null
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title" className="error-summary__title">
        {t('There is a problem')}
      </h2>
      <ul className="error-summary__list">
        {formErrors.map((message) => (
          <li key={message}>{show(message)}</li>
        ))}
        {fieldErrors.map((f) => (
          <li key={f.id}>
            <a href={`#${f.id}`}>{show(f.errors![0])}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

interface TextFieldProps {
  field: FieldMetadata<string | undefined>
  label: string
  hint?: ReactNode
  type?: 'text' | 'email' | 'password' | 'url' | 'tel'
  autoComplete?: string
  width?: 'full' | 'medium' | 'short'
}

/** A label, an optional hint, the error, then the input — in that order, as screen readers expect. */
export function TextField({ field, label, hint, type = 'text', autoComplete, width = 'full' }: TextFieldProps) {
  const hintId = hint ? `${field.id}-hint` : undefined
  const error = field.errors?.[0]
  const describedBy = [hintId, error ? field.errorId : undefined].filter(Boolean).join(' ') || undefined
  const { key, ...inputProps } = getInputProps(field, { type, ariaAttributes: false })
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <FieldError id={field.errorId} error={error} /> : null}
      <input
        key={key}
        {...inputProps}
        className={`input input--${width}${error ? ' input--error' : ''}`}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        spellCheck={type === 'email' || type === 'password' ? false : undefined}
      />
    </div>
  )
}

export function SubmitButton(props: { children: ReactNode; pending?: boolean; variant?: 'primary' | 'secondary' | 'warning'; name?: string; value?: string }) {
  return (
    <button type="submit" className={`button button--${props.variant ?? 'primary'}`} disabled={props.pending} name={props.name} value={props.value}>
      {props.children}
    </button>
  )
}

/** The error summary for forms laid out with plain fields: each message links to `#field-<name>`. */
export function ServerErrorSummary(props: {
  errors?: Record<string, string[] | null | undefined> | null
  order: string[]
  choiceFields?: string[]
  /** The element a field's message links to, when it is not `field-<name>` (a group of boxes links to its first). */
  anchors?: Record<string, string>
}) {
  const errors = props.errors ?? {}
  // A message about something with no field on this page (which button was pressed, a hidden id)
  // is still said, with the form's own messages, rather than lost.
  const elsewhere = Object.keys(errors).filter((name) => name !== '' && !props.order.includes(name))
  const formErrors = [...new Set([...(errors[''] ?? []), ...elsewhere.flatMap((name) => errors[name] ?? [])])]
  const fields = props.order.filter((name) => errors[name]?.length)
  const ref = useRef<HTMLDivElement>(null)
  const t = useT()
  const show = useShowText()
  const hasErrors = formErrors.length > 0 || fields.length > 0
  useFocusAfterSubmission(ref, [props.errors], hasErrors)
  if (!hasErrors) return null
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title" className="error-summary__title">
        {t('There is a problem')}
      </h2>
      <ul className="error-summary__list">
        {formErrors.map((message) => (
          <li key={message}>{show(message)}</li>
        ))}
        {fields.map((name) => (
          <li key={name}>
            <a href={`#${props.anchors?.[name] ?? `field-${name}${props.choiceFields?.includes(name) ? '-input' : ''}`}`}>{show(errors[name]![0])}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** What an action answers when a form is refused (`submission.reply()`), as a page reads it. */
export type FormReply = { error?: Record<string, string[] | null> | null } | null | undefined

/** Every message in a form's reply (`submission.reply()`): the form's own first, then its fields'. */
export function replyProblems(result: FormReply): string[] {
  const errors = result?.error ?? {}
  return [...(errors[''] ?? []), ...Object.entries(errors).flatMap(([name, list]) => (name === '' ? [] : (list ?? [])))]
}

/**
 * The error summary for a form whose problems are not tied to a field shown on the page (a
 * button, a choice made elsewhere): every message of its reply, taking focus when it arrives.
 */
export function ReplySummary(props: { result: FormReply }) {
  // One array per reply: the summary moves focus when the problems it is given are new ones.
  const problems = useMemo(() => replyProblems(props.result), [props.result])
  return <ErrorSummary formErrors={problems} fields={[]} />
}
