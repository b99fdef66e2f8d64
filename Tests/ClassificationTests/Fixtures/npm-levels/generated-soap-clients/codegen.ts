import { parseAndGenerate } from "@reloaddk/wsdl-tsclient"
import camelCase from "camelcase"

await parseAndGenerate("./wsdl/holds.wsdl", `./lib/soap/generated/${camelCase("holds")}`)
