/** A well-formed UUID, the shape of every Chorus id. Anything else names nothing, so it is not looked up. */
export function isUuid(value: string) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}
