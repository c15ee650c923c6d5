/**
 * The least time an answer that could tell whether an address has an account takes. The work
 * behind it (a password hash, a few statements) takes well under this, so both answers leave at
 * the same moment and only the network's own jitter is left to measure.
 */
const EVEN_RESPONSE_MS = 250

/** Runs `work` and answers (or fails) no sooner than `ms` after it started. */
export async function evenly<T>(work: () => Promise<T>, ms = EVEN_RESPONSE_MS): Promise<T> {
  const started = performance.now()
  const wait = () => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms - (performance.now() - started))))
  try {
    return await work()
  } finally {
    await wait()
  }
}
