import { useEffect } from 'react'
import { useRevalidator } from '@remix-run/react'

/**
 * Reloads the page's data every few seconds while something is about to change (a ballot
 * closing, its count being made), and once at the moment given, so nobody has to refresh.
 */
export function useRefreshWhile(active: boolean, atMs: number | null = null, everyMs = 2_000) {
  const { revalidate, state } = useRevalidator()
  useEffect(() => {
    if (!active) return
    const timers: ReturnType<typeof setTimeout>[] = []
    if (atMs !== null && atMs > 0 && atMs < 3_600_000) timers.push(setTimeout(revalidate, atMs + 250))
    else if (atMs === null || atMs <= 0) timers.push(setInterval(() => state === 'idle' && revalidate(), everyMs))
    return () => timers.forEach((t) => clearTimeout(t))
  }, [active, atMs, everyMs, revalidate, state])
}
