// Progressive enhancement only: every page works without this file.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'
import { initAutosave } from './autosave.js'
import { initSessionTimeout } from './session-timeout.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
initAutosave()
initSessionTimeout()
