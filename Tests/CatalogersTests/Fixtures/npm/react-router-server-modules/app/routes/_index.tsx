import { sendEmail } from '../utils/email.server'
import { toHTML } from '../.server/markdown'

export async function action() {
  await sendEmail(<p>hello</p>)
  return toHTML('**sent**')
}

export default function Index() {
  return <h1>Stack</h1>
}
