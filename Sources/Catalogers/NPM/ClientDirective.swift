/// The `'use client'` directive of React Server Components (issue 15): a module that opens with it, and every module
/// it imports, runs in the browser (and is pre-rendered on the server); a module of a Next.js App Router without it
/// is a Server Component that runs only on the server
/// (https://nextjs.org/docs/app/getting-started/server-and-client-components, https://react.dev/reference/rsc/use-client).
enum ClientDirective {
    /// Whether the source opens with a `'use client'` (or `"use client"`) directive: the first statement, after
    /// blanks, comments and other directives (`'use strict'`).
    static func isDeclared(in source: [UInt8]) -> Bool {
        var position = 0
        while position < source.count {
            let byte = source[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: ";") || byte == 0xEF || byte == 0xBB || byte == 0xBF {
                position += 1
            } else if byte == UInt8(ascii: "/"), position + 1 < source.count, source[position + 1] == UInt8(ascii: "/") {
                while position < source.count, source[position] != UInt8(ascii: "\n") { position += 1 }
            } else if byte == UInt8(ascii: "/"), position + 1 < source.count, source[position + 1] == UInt8(ascii: "*") {
                position += 2
                while position + 1 < source.count,
                      !(source[position] == UInt8(ascii: "*") && source[position + 1] == UInt8(ascii: "/")) {
                    position += 1
                }
                position += 2
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                // A directive: a string literal alone in its statement.
                var end = position + 1
                while end < source.count, source[end] != byte, source[end] != UInt8(ascii: "\n") { end += 1 }
                guard end < source.count, source[end] == byte else { return false }
                if source[(position + 1)..<end].elementsEqual("use client".utf8) { return true }
                position = end + 1
            } else {
                return false
            }
        }
        return false
    }
}
