/**
 * A software passkey for tests: makes a P-256 credential and answers registration and sign-in
 * challenges exactly as a device would (WebAuthn level 2, "none" attestation), so the server's
 * checks run on real signatures without a browser.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import { isoCBOR } from '@simplewebauthn/server/helpers'

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')
const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff])
const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}

export function softwarePasskey(origin: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const jwk = publicKey.export({ format: 'jwk' })
  const credentialId = randomBytes(16)
  const id = b64(credentialId)
  const rpIdHash = createHash('sha256').update(new URL(origin).hostname).digest()
  const cosePublicKey = isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(jwk.x!, 'base64url')],
      [-3, Buffer.from(jwk.y!, 'base64url')],
    ]),
  )
  let counter = 0

  return {
    id,
    /** The answer to `navigator.credentials.create()` for these options, made at `at`. */
    register(options: { challenge: string }, at = origin) {
      const clientDataJSON = Buffer.from(JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin: at, crossOrigin: false }))
      const flags = 0x01 | 0x04 | 0x40 // user present, user verified, credential data included
      const authData = Buffer.concat([rpIdHash, Buffer.from([flags]), u32(counter), Buffer.alloc(16), u16(credentialId.length), credentialId, Buffer.from(cosePublicKey)])
      const attestationObject = isoCBOR.encode(
        new Map<string, unknown>([
          ['fmt', 'none'],
          ['attStmt', new Map()],
          ['authData', authData],
        ]) as never,
      )
      return { id, rawId: id, type: 'public-key', response: { clientDataJSON: b64(clientDataJSON), attestationObject: b64(attestationObject), transports: ['internal'] }, clientExtensionResults: {} }
    },
    /** The answer to `navigator.credentials.get()` for these options, made at `at`. */
    authenticate(options: { challenge: string }, at = origin) {
      counter += 1
      const clientDataJSON = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin: at, crossOrigin: false }))
      const authData = Buffer.concat([rpIdHash, Buffer.from([0x01 | 0x04]), u32(counter)])
      const signature = sign('sha256', Buffer.concat([authData, createHash('sha256').update(clientDataJSON).digest()]), privateKey)
      return { id, rawId: id, type: 'public-key', response: { clientDataJSON: b64(clientDataJSON), authenticatorData: b64(authData), signature: b64(signature) }, clientExtensionResults: {} }
    },
  }
}
