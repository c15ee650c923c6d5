import { data } from '@remix-run/node'
import { DomainError, statusForCode } from '~/domain/errors'
import { translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { redirectBackWithFlash } from '~/utils/flash.server'

/** The Welsh fields as typed (absent ones empty), to save or to show again beside an error. */
export function welshValues<K extends string>(form: FormData, names: readonly K[]) {
  return Object.fromEntries(names.map((name) => [name, typeof form.get(name) === 'string' ? (form.get(name) as string) : ''])) as Record<K, string>
}

/**
 * Saves the Welsh version with `save` and answers as the officers' Welsh pages do: back to the page
 * with a message (saved, or taken down when every field was empty), or the form again with the
 * refusal beside its field.
 */
export async function answerWelshSave<V extends Record<string, string>>(request: Request, values: V, save: () => Promise<{ welsh: boolean }>) {
  try {
    const saved = await save()
    return redirectBackWithFlash(request, { message: saved.welsh ? msg('The Welsh version is saved. Welsh readers see it now.') : msg('The Welsh version is taken down. Welsh readers see the English.') })
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    return data({ values, errors: { [error.field ?? '']: [translateFor(request, error.message, error.values)] } as Record<string, string[]> }, { status: statusForCode[error.code] })
  }
}
