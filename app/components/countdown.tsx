import { useEffect, useState } from 'react'
import { describeDeadline } from '~/domain/press/enquiry-status'
import { useLocale } from '~/i18n/react'

/**
 * "due in 2 h 10 min" / "overdue by 5 min", in the page's language. The server renders it for the time of the request;
 * with JavaScript it keeps counting each half minute.
 */
export function Countdown(props: { deadline: string; renderedAt: string }) {
  const locale = useLocale()
  const [now, setNow] = useState(() => new Date(props.renderedAt))
  useEffect(() => {
    setNow(new Date())
    const timer = setInterval(() => setNow(new Date()), 30_000)
    return () => clearInterval(timer)
  }, [])
  const d = describeDeadline(new Date(props.deadline), now, locale)
  return (
    <time dateTime={props.deadline} className={`countdown${d.overdue ? ' countdown--overdue' : d.urgent ? ' countdown--urgent' : ''}`}>
      {d.overdue ? <strong>{d.text}</strong> : d.text}
    </time>
  )
}
