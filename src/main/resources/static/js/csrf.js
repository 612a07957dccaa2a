// The CSRF token and header name the layout puts in <meta> tags.
export function csrfHeaders () {
  const token = document.querySelector('meta[name="_csrf"]')
  const header = document.querySelector('meta[name="_csrf_header"]')
  return token && header ? { [header.content]: token.content } : {}
}
