import { RemixBrowser } from '@remix-run/react'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { installWelsh } from './i18n/translate.ts'

/**
 * A Welsh page loads the Welsh catalog before it hydrates (a chunk of its own, so English pages
 * never download it); the page was rendered with it on the server and must hydrate the same.
 */
async function hydrate() {
  if (document.documentElement.lang === 'cy') installWelsh((await import('./i18n/cy/index.ts')).default)
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    )
  })
}

void hydrate()
