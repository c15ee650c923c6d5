export function escapeHtml(value: unknown) {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export function formatDate(unixSeconds: number) {
  return dateFormat.format(new Date(unixSeconds * 1000))
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0b0c0c;background:#f3f2f1;line-height:1.5;font-size:1.1875rem}
main{max-width:38rem;margin:0 auto;padding:1.5rem 1rem 3rem}
.test-mode{background:#ffdd00;color:#0b0c0c;border-bottom:4px solid #0b0c0c;padding:.75rem 1rem;text-align:center}
.test-mode strong{display:block;font-size:1.75rem;letter-spacing:.08em}
h1{font-size:2rem;line-height:1.2;margin:1rem 0}
h2{font-size:1.375rem}
.panel{background:#fff;border:1px solid #b1b4b6;padding:1rem 1.25rem;margin-bottom:1.5rem}
dl{margin:0}dt{font-weight:700}dd{margin:0 0 .5rem}
.field{margin-bottom:1.5rem}
.field--error{border-left:5px solid #d4351c;padding-left:.9rem}
label{display:block;font-weight:700;margin-bottom:.25rem}
.hint{color:#505a5f;margin:0 0 .4rem}
.error{color:#d4351c;font-weight:700;margin:0 0 .4rem}
input{font:inherit;width:100%;max-width:22rem;padding:.4rem;border:2px solid #0b0c0c;border-radius:0}
.field--error input{border-color:#d4351c}
input:focus,button:focus,a:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
button{font:inherit;font-weight:700;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:.6rem 1.2rem;cursor:pointer;min-height:2.75rem}
button.secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191;border:1px solid #0b0c0c}
a{color:#1d70b8}
.error-summary{border:5px solid #d4351c;background:#fff;padding:1rem 1.25rem;margin-bottom:1.5rem}
.error-summary h2{margin-top:0}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`

/** A whole hosted page: TEST MODE banner, one h1, no scripts, no external assets. */
export function page(title: string, body: string) {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – TEST MODE</title>
<style>${STYLE}</style>
</head>
<body>
<header class="test-mode"><strong>TEST MODE</strong>Stripe emulator for Chorus: no real money moves.</header>
<main id="main">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`
}

/** GOV.UK-style summary at the top that links to each field in error. */
export function errorSummary(errors: { field: string; message: string }[]) {
  if (errors.length === 0) return ''
  const items = errors.map((e) => `<li><a href="#${escapeHtml(e.field)}">${escapeHtml(e.message)}</a></li>`).join('')
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">There is a problem</h2><ul>${items}</ul></div>`
}

export function textField(input: { id: string; label: string; hint?: string; error?: string; value?: string; autocomplete: string; inputmode?: string; width?: string }) {
  const describedBy = [input.hint && `${input.id}-hint`, input.error && `${input.id}-error`].filter(Boolean).join(' ')
  return `<div class="field${input.error ? ' field--error' : ''}">
<label for="${input.id}">${escapeHtml(input.label)}</label>
${input.hint ? `<p class="hint" id="${input.id}-hint">${escapeHtml(input.hint)}</p>` : ''}
${input.error ? `<p class="error" id="${input.id}-error"><span class="visually-hidden">Error:</span> ${escapeHtml(input.error)}</p>` : ''}
<input id="${input.id}" name="${input.id}" type="text" autocomplete="${input.autocomplete}"${input.inputmode ? ` inputmode="${input.inputmode}"` : ''} spellcheck="false" value="${escapeHtml(input.value)}"${describedBy ? ` aria-describedby="${describedBy}"` : ''}${input.error ? ' aria-invalid="true"' : ''}${input.width ? ` style="max-width:${input.width}"` : ''}>
</div>`
}
