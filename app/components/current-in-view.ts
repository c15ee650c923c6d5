import { useEffect, useRef } from 'react'

/**
 * For a row of links that scrolls sideways on a phone: start with the link to the page you are
 * on (`aria-current`) in the middle of the row, so the row says where you are. Runs again when
 * `here` (the path) changes; does nothing when the row fits.
 */
export function useCurrentLinkInView<Row extends HTMLElement>(here: string) {
  const row = useRef<Row>(null)
  useEffect(() => {
    const strip = row.current
    const current = strip?.querySelector<HTMLElement>('[aria-current]')
    if (!strip || !current || strip.scrollWidth <= strip.clientWidth) return
    strip.scrollLeft = current.offsetLeft - (strip.clientWidth - current.offsetWidth) / 2
  }, [here])
  return row
}
