import { z } from 'zod'
import { replyWithError } from '~/utils/forms.server'
import { msg } from '~/i18n/translate'
import { redirectBackWithFlash } from '~/utils/flash.server'

/** The Welsh fields of a form, each a text that may be left empty (every field empty takes the Welsh down). */
export function welshSchema<K extends string>(names: readonly K[]) {
  return z.object(Object.fromEntries(names.map((name) => [name, z.string().default('')])) as Record<K, z.ZodDefault<z.ZodString>>)
}

/**
 * Saves the Welsh version with `save` and answers as the officers' Welsh pages do: back to the page
 * with a message (saved, or taken down when every field was empty), or the form again with the
 * refusal beside its field.
 */
export async function answerWelshSave(request: Request, submission: Parameters<typeof replyWithError>[1], save: () => Promise<{ welsh: boolean }>) {
  try {
    const saved = await save()
    return redirectBackWithFlash(request, {
      message: saved.welsh ? msg('The Welsh version is saved. Welsh readers see it now.') : msg('The Welsh version is taken down. Welsh readers see the English.'),
    })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}
