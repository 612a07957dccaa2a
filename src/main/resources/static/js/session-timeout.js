// Warns two minutes before the session ends and lets the user stay signed in. The session
// length comes from the server in <meta name="app-session-timeout">; each page load restarts it.
const WARNING_BEFORE_MS = 2 * 60 * 1000

export function initSessionTimeout () {
  const meta = document.querySelector('meta[name="app-session-timeout"]')
  const template = document.getElementById('session-timeout-warning')
  if (!meta || !template) return
  const timeoutMs = Number(meta.content) * 1000
  let warnTimer = null
  let endTimer = null

  function schedule () {
    clearTimeout(warnTimer)
    clearTimeout(endTimer)
    warnTimer = setTimeout(warn, Math.max(0, timeoutMs - WARNING_BEFORE_MS))
    endTimer = setTimeout(() => { window.location.href = '/sign-in?timed-out' }, timeoutMs)
  }

  function warn () {
    template.hidden = false
    template.querySelector('button').focus()
  }

  template.querySelector('button').addEventListener('click', async () => {
    const response = await fetch('/session/keep-alive', { credentials: 'same-origin' })
    if (response.ok) {
      template.hidden = true
      schedule()
    } else {
      window.location.href = '/sign-in?timed-out'
    }
  })
  schedule()
}
