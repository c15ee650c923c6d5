import { createContext, useContext } from 'react'

/** The per-request CSP nonce, given by entry.server.tsx to the inline scripts Remix writes. */
const NonceContext = createContext<string>('')
export const NonceProvider = NonceContext.Provider
export const useNonce = () => useContext(NonceContext)
