import { render } from '@react-email/components'

export async function sendEmail(element: JSX.Element) {
  const html = await render(element)
  return fetch('https://api.example.org/email', { method: 'POST', body: html })
}
