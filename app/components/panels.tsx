import type { ReactNode } from 'react'

/** A highlighted outcome: "Your email address is confirmed". */
export function Panel(props: { title: string; children?: ReactNode }) {
  return (
    <div className="panel">
      <h1 className="panel__title">{props.title}</h1>
      {props.children ? <div className="panel__body">{props.children}</div> : null}
    </div>
  )
}

export function Notice(props: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  return (
    <div className={`notice notice--${props.tone ?? 'info'}`} role={props.tone === 'warning' ? 'alert' : 'status'}>
      {props.children}
    </div>
  )
}
