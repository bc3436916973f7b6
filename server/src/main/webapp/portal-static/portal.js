// GOV.UK Frontend's components, started once the page has loaded. Kept in a file of its own, not inline, so that the
// pages' Content-Security-Policy can forbid every inline script.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
