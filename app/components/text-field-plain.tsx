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
    </div>
  )
}
