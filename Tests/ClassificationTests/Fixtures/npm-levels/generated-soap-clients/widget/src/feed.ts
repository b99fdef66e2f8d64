import sax from "sax"

export const parser = sax.parser(true)
