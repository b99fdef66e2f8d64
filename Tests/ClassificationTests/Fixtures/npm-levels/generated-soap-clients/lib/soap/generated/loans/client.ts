import { Client as SoapClient, createClientAsync as soapCreateClientAsync } from "soap"

export interface LoansClient extends SoapClient {
  CreateLoanAsync(request: { isbn: string }): Promise<[unknown, string]>
}

export function createClientAsync(...args: Parameters<typeof soapCreateClientAsync>): Promise<LoansClient> {
  return soapCreateClientAsync(args[0], args[1], args[2]) as Promise<LoansClient>
}
