import { useEffect, useRef } from 'react'
import { useT } from '~/i18n/react'

interface FlashProps {
  flash: { tone: 'success' | 'info' | 'warning'; message: string; values?: Record<string, string | number> }
}

/**
 * The message a form left for the page it redirected to (app/utils/flash.server.ts), shown once
 * at the top of the page. It takes focus so a screen reader announces it and keyboard users start
 * from it, as GOV.UK's success banner does.
 */
export function FlashMessage({ flash }: FlashProps) {
  const ref = useRef<HTMLDivElement>(null)
  const t = useT()
  useEffect(() => {
    ref.current?.focus()
  }, [flash])
  return (
    <div ref={ref} className={`notice notice--${flash.tone} flash`} role={flash.tone === 'warning' ? 'alert' : 'status'} tabIndex={-1} data-flash>
      <p>{t(flash.message, flash.values)}</p>
    </div>
  )
}
