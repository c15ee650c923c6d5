import type { ReactNode } from 'react'
import { FieldError, FieldFrame } from './text-field-plain.tsx'

interface Option {
  value: string
  label: ReactNode
  hint?: ReactNode
}

/** A GOV.UK-style group of radios or checkboxes: legend, hint, error, then large targets. */
export function ChoiceGroup(props: { type: 'radio' | 'checkbox'; name: string; legend: ReactNode; hint?: ReactNode; options: Option[]; defaultValue?: string | string[]; error?: string }) {
  const id = `field-${props.name}`
  const selected = new Set([props.defaultValue ?? []].flat())
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy} id={id}>
        <legend className="fieldset__legend">{props.legend}</legend>
        {props.hint ? (
          <div className="hint" id={`${id}-hint`}>
            {props.hint}
          </div>
        ) : null}
        {props.error ? <FieldError id={`${id}-error`} error={props.error} /> : null}
        <div className={props.type === 'radio' ? 'radios' : 'checkboxes'}>
          {props.options.map((option, i) => {
            const optionId = i === 0 ? `${id}-input` : `${id}-${option.value}`
            return (
              <div className={props.type === 'radio' ? 'radios__item' : 'checkboxes__item'} key={option.value}>
                <input
                  type={props.type}
                  id={optionId}
                  name={props.name}
                  value={option.value}
                  defaultChecked={selected.has(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label htmlFor={optionId}>
                  {option.label}
                  {option.hint ? (
                    <span className="hint" id={`${optionId}-hint`}>
                      {option.hint}
                    </span>
                  ) : null}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

/** A labelled select with hint and error, for long lists (branches). */
export function SelectField(props: { name: string; label: ReactNode; hint?: ReactNode; error?: string; defaultValue?: string; onChange?: (value: string) => void; children: ReactNode }) {
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy }) => (
        <select
          id={id}
          name={props.name}
          className="select"
          defaultValue={props.defaultValue ?? ''}
          aria-describedby={describedBy}
          onChange={props.onChange ? (event) => props.onChange!(event.currentTarget.value) : undefined}
        >
          {props.children}
        </select>
      )}
    </FieldFrame>
  )
}
