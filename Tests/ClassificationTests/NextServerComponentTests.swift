import Foundation
import Testing
@testable import Classification
import SovScanModel

/// What only Server Components of a Next.js App Router project import runs on the server (issue 15; modelled on the
/// Recherche d'entreprises site, whose FAQ page renders Markdown with rehype through a `#components/...` alias, while
/// its client components format dates in the browser). A client module that imports only a type of a server module
/// (`export interface`) brings nothing of it into the browser.
@Suite struct NextServerComponentTests: ScansFixtures {
    static let files: [String: String] = {
        let dependencies = """
            "next": "^14.2.3", "react": "^18.3.1", "react-dom": "^18.3.1", "rehype-stringify": "^10.0.0",
            "date-fns": "^3.6.0", "clsx": "^2.1.1"
            """
        func entry(_ name: String, _ version: String, _ extra: String = "") -> String {
            "\"node_modules/\(name)\": {\"version\": \"\(version)\", \"license\": \"MIT\"\(extra)}"
        }
        return [
            "package.json": """
                {"name": "annuaire", "version": "1.0.0", "private": true, "scripts": {"build": "next build", "start": "next start"},
                 "dependencies": {\(dependencies)}}
                """,
            "package-lock.json": """
                {"name": "annuaire", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {
                  "": {"name": "annuaire", "version": "1.0.0", "dependencies": {\(dependencies)}},
                  \(entry("next", "14.2.3")), \(entry("react", "18.3.1")), \(entry("react-dom", "18.3.1")),
                  \(entry("rehype-stringify", "10.0.0", ", \"dependencies\": {\"hast-util-to-html\": \"^9.0.0\"}")),
                  \(entry("hast-util-to-html", "9.0.0")), \(entry("date-fns", "3.6.0")), \(entry("clsx", "2.1.1"))}}
                """,
            "tsconfig.json": """
                {
                  // Aliases of the project's folders.
                  "compilerOptions": {"baseUrl": ".", "paths": {"#components/*": ["./components/*"],},},
                }
                """,
            "app/faq/page.tsx": """
                import parseMarkdown from '#components/markdown/parse-markdown';
                import { format } from 'date-fns';
                import Clock from '#components/clock';
                export default function Page() { return <main>{parseMarkdown('# FAQ')}{format(new Date(), 'P')}<Clock /></main>; }
                """,
            "components/markdown/parse-markdown.ts": """
                import rehypeStringify from 'rehype-stringify';
                export interface Heading { level: number }
                export default function parseMarkdown(text: string) { return String(rehypeStringify); }
                """,
            "components/clock.tsx": """
                /* The clock ticks in the browser. */
                'use client';
                import { format } from 'date-fns';
                import clsx from 'clsx';
                import { Heading } from '#components/markdown/parse-markdown';
                const top: Heading = { level: 1 };
                export default function Clock() { return <span className={clsx('clock')}>{format(new Date(), 'p')}</span>; }
                """,
        ]
    }()

    @Test func whatOnlyServerComponentsImportIsTheServers() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-next-server-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in Self.files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let (_, result) = try scan(root: root.path)
        let (rehype, why) = try level(result, "pkg:npm/rehype-stringify")
        #expect(rehype == .backend, "\(why)")
        #expect(why.contains("Server Components of the Next.js App Router (components/markdown/parse-markdown.ts)"), "\(why)")
        #expect(try level(result, "pkg:npm/hast-util-to-html").0 == .backend)
        // Imported by a client module too: not the server's alone (the project's weighing decides), and imported only
        // by one: bundled for the browser.
        #expect(!(try level(result, "pkg:npm/date-fns").1.contains("Server Components")))
        #expect(try level(result, "pkg:npm/clsx").0 == .frontend)
    }
}
