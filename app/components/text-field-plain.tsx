import type { ReactNode } from 'react'
import { useShowText, useT } from '~/i18n/react'
import { ambiguousTime } from '~/utils/london-time'

/** A field's error, in the page's language, announced as an error to screen readers. */
export function FieldError(props: { id: string; error: string }) {
  const t = useT()
  const show = useShowText()
  return (
    <p className="error-message" id={props.id}>
      <span className="visually-hidden">{t('Error:')}</span> {show(props.error)}
    </p>
  )
}

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
      {props.error ? <FieldError id={`${id}-error`} error={props.error} /> : null}
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
  /** The language typed in, when not the page's (a Welsh title on an English page). */
  lang?: string
}) {
  const field = (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          defaultValue={props.type === 'password' ? undefined : props.defaultValue}
          autoComplete={props.autoComplete}
          lang={props.lang}
          className={`input input--${props.width ?? 'full'}${props.error ? ' input--error' : ''}`}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          spellCheck={false}
        />
      )}
    </FieldFrame>
  )
  const twice = props.type === 'datetime-local' ? ambiguousTime(props.error) : null
  if (!twice) return field
  return (
    <>
      {field}
      <ZoneChoice name={`${props.name}Offset`} time={twice} />
    </>
  )
}

/**
 * Asked when a London time happens twice (the hour before clocks go back): which of the two is
 * meant. The answer travels as `<field>Offset` = BST or GMT.
 */
function ZoneChoice(props: { name: string; time: string }) {
  const id = `field-${props.name}`
  const t = useT()
  return (
    <div className="form-group">
      <fieldset className="fieldset" id={id}>
        <legend className="fieldset__legend">{t('Which {time} do you mean?', { time: props.time })}</legend>
        <div className="radios">
          <div className="radios__item">
            <input type="radio" id={`${id}-input`} name={props.name} value="BST" />
            <label htmlFor={`${id}-input`}>{t('{time} BST (the first, before the clocks go back)', { time: props.time })}</label>
          </div>
          <div className="radios__item">
            <input type="radio" id={`${id}-GMT`} name={props.name} value="GMT" />
            <label htmlFor={`${id}-GMT`}>{t('{time} GMT (the second, after the clocks go back)', { time: props.time })}</label>
          </div>
        </div>
      </fieldset>
    </div>
  )
}
