import { serverOnly$ } from "vite-env-only/macros";

export const airportCodes = serverOnly$(["BER", "FRA", "MUC"]);
