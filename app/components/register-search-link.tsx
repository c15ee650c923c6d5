/**
 * A link to a regulator's public register search, opened beside the queue so the officer keeps
 * their place; the number is shown in the link text to paste into the register's form.
 */
export function RegisterSearchLink(props: { register: { registerName: string; searchUrl: string }; registrationNumber: string }) {
  return (
    <a href={props.register.searchUrl} target="_blank" rel="noopener noreferrer">
      Search the {props.register.registerName} for {props.registrationNumber} (opens in new tab)
    </a>
  )
}
