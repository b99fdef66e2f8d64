import { parseAndGenerate } from "@reloaddk/wsdl-tsclient"
import camelCase from "camelcase"

await parseAndGenerate("./wsdl/loans.wsdl", `./lib/soap/generated/${camelCase("loans")}`)
