@testable import Catalogers
import Testing

/// The `'use client'` directive counts only as a module's first statement (issue 15), and `tsconfig.json` aliases
/// read with comments and trailing commas.
@Suite struct ClientDirectiveTests {
    private func declares(_ text: String) -> Bool { ClientDirective.isDeclared(in: Array(text.utf8)) }

    @Test func theDirectiveOpensTheModule() {
        #expect(declares("'use client';\nimport x from 'x';"))
        #expect(declares("\u{FEFF}// A clock.\n/* ticks */\n\"use client\"\nexport default 1;"))
        #expect(declares("'use strict';\n'use client';"))
        #expect(!declares("import x from 'x';\n'use client';"))
        #expect(!declares("const mode = 'use client';"))
        #expect(!declares("'use server';\nexport async function save() {}"))
        #expect(!declares("'use client"))
    }

    @Test func aliasesOfTsconfigResolveToProjectPaths() throws {
        let text = """
            {
              // comment
              "compilerOptions": {
                "baseUrl": "./src", /* where bare names resolve */
                "paths": {"@/*": ["./*"], "#ui": ["./ui/index.ts"],},
              },
            }
            """
        let bytes = TypeScriptPathAliases.withoutCommentsAndTrailingCommas(Array(text.utf8))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"paths\": {\"@/*\": [\"./*\"], \"#ui\": [\"./ui/index.ts\"] }"))
        let aliases = TypeScriptPathAliases(paths: [("@/*", ["web/src/*"]), ("#ui", ["web/src/ui/index.ts"])],
                                            baseFolder: "web/src")
        #expect(aliases.candidates(for: "@/lib/db") == ["web/src/lib/db", "web/src/@/lib/db"])
        #expect(aliases.candidates(for: "#ui") == ["web/src/ui/index.ts", "web/src/#ui"])
        #expect(aliases.candidates(for: "lodash") == ["web/src/lodash"])
    }

    @Test func typeOnlyImportsAndTypeExportsAreRead() {
        let module = Array("""
            import parse, { IMarkdown } from './parse';
            import { Heading, type Level } from '#md';
            import './styles.css';
            export interface Props { body: IMarkdown }
            export declare type Mode = 'a' | 'b';
            export type { Heading };
            export const value = 1;
            export const Contact = z.object({});
            export type Contact = z.infer<typeof Contact>;
            """.utf8)
        #expect(TypeOnlyImports.importedNames(in: module).mapValues(Set.init) == ["./parse": ["parse", "IMarkdown"], "#md": ["Heading"]])
        #expect(TypeOnlyImports.typeExports(in: module) == ["Props", "Mode"])
    }
}
