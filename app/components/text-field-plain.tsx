import type { ReactNode } from 'react'

/**
 * The frame every plain field shares, in the order screen readers expect: label, hint, error,
 * then the control, which is given the ids to point `aria-describedby` at.
 */
export function FieldFrame(props: { name: string; label: ReactNode; hint?: ReactNode; error?: string; children: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const id = `field-${props.name}`
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {props.label}
      </label>
      {props.hint ? (
        <div className="hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {props.error}
        </p>
      ) : null}
      {props.children({ id, describedBy })}
    </div>
  )
}

/** A text input with label, hint and error, for forms validated on the server without Conform. */
export function TextFieldPlain(props: {
  name: string
  label: string
  hint?: string
  error?: string
  defaultValue?: string
  type?: 'text' | 'email' | 'password' | 'datetime-local'
  autoComplete?: string
  width?: 'full' | 'medium' | 'short'
}) {
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          defaultValue={props.type === 'password' ? undefined : props.defaultValue}
          autoComplete={props.autoComplete}
          className={`input input--${props.width ?? 'full'}${props.error ? ' input--error' : ''}`}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          spellCheck={false}
        />
      )}
    </FieldFrame>
  )
}
