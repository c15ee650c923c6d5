import { useEffect, useRef } from 'react'

interface FlashProps {
  flash: { tone: 'success' | 'info' | 'warning'; message: string }
}

/**
 * The message a form left for the page it redirected to (app/utils/flash.server.ts), shown once
 * at the top of the page. It takes focus so a screen reader announces it and keyboard users start
 * from it, as GOV.UK's success banner does.
 */
export function FlashMessage({ flash }: FlashProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [flash])
  return (
    <div ref={ref} className={`notice notice--${flash.tone} flash`} role={flash.tone === 'warning' ? 'alert' : 'status'} tabIndex={-1} data-flash>
      <p>{flash.message}</p>
    </div>
  )
}
