import { createClientAsync } from "../../lib/soap/generated/loans/client"
import { loanEvents } from "../../lib/events/bus"

export async function POST(request: Request) {
  const client = await createClientAsync(process.env.LOANS_WSDL ?? "")
  const { isbn } = await request.json()
  const [result] = await client.CreateLoanAsync({ isbn })
  loanEvents.emit("loan", isbn)
  return Response.json(result)
}
