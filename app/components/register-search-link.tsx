import { useT } from '~/i18n/react'

/**
 * A link to a regulator's public register search, opened beside the queue so the officer keeps
 * their place; the number is shown in the link text to paste into the register's form.
 * `registerName` is a message id (app/domain/membership/public-registers.ts).
 */
export function RegisterSearchLink(props: { register: { registerName: string; searchUrl: string }; registrationNumber: string }) {
  const t = useT()
  return (
    <a href={props.register.searchUrl} target="_blank" rel="noopener noreferrer">
      {t('Search the {register} for {number} (opens in new tab)', { register: t(props.register.registerName), number: props.registrationNumber })}
    </a>
  )
}
