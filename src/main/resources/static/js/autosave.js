// Saves free-text answers in the background: 30 seconds after the last keystroke and when the
// user leaves a field. The form's hidden version is updated after each save, so the normal
// "Save" still detects anyone else's change. A conflict or failure is announced, never hidden.
// A form submitted while a background save is still on its way waits for it, so the submit
// carries the version that save produced instead of conflicting with it.
import { csrfHeaders } from './csrf.js'

const DELAY_MS = 30000

export function initAutosave () {
  document.querySelectorAll('form[data-autosave-url]').forEach((form) => {
    const status = form.querySelector('.app-autosave-status')
    const version = form.querySelector('input[name="version"]')
    const fields = form.querySelectorAll('textarea')
    let timer = null
    let dirty = false
    let stopped = false
    let inFlight = null

    const say = (text) => { if (status) status.textContent = text }

    async function send () {
      const body = new URLSearchParams()
      body.set('version', version.value)
      fields.forEach((field) => body.set(field.name, field.value))
      try {
        const response = await fetch(form.dataset.autosaveUrl, {
          method: 'POST',
          headers: { ...csrfHeaders(), 'Content-Type': 'application/x-www-form-urlencoded' },
          body,
          credentials: 'same-origin'
        })
        if (response.ok) {
          const result = await response.json()
          version.value = result.version
          const time = new Date().toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit' })
          say(form.dataset.autosaveSaved.replace('{0}', time))
        } else if (response.status === 409) {
          stopped = true
          say(form.dataset.autosaveConflict)
        } else {
          dirty = true
          say(form.dataset.autosaveFailed)
        }
      } catch (error) {
        dirty = true
        say(form.dataset.autosaveFailed)
      }
    }

    function save () {
      if (!dirty || stopped || inFlight) return
      clearTimeout(timer)
      dirty = false
      inFlight = send().finally(() => { inFlight = null })
    }

    fields.forEach((field) => {
      field.addEventListener('input', () => {
        dirty = true
        clearTimeout(timer)
        timer = setTimeout(save, DELAY_MS)
      })
      field.addEventListener('blur', save)
    })

    form.addEventListener('submit', (event) => {
      clearTimeout(timer)
      if (inFlight) {
        event.preventDefault()
        const submitter = event.submitter
        inFlight.then(() => form.requestSubmit(submitter))
        return
      }
      stopped = true
    })
  })
}
