@testable import Catalogers
import Foundation
import SovScanModel
import Testing

/// The TypeScript compiler erases an import declaration whose names the module never uses; sovscan leaves such
/// imports out of what a TypeScript module imports, unless the project's configuration keeps imports as written.
@Suite struct TypeScriptImportElisionTests {
    static let service = """
        import { Injectable } from '@angular/core';
        import { buildDriverProvider } from 'protractor/built/driverProviders';
        import Chart from 'chart.js';
        import * as moment from 'moment';
        import 'zone.js';
        import { type Options } from 'flatpickr';
        import {} from 'reflect-metadata';
        import { debounce as wait } from 'lodash-es';
        import { marked } from 'marked';
        export { format } from 'date-fns';
        const qrcode = require('qrcode');

        // Rendered with marked elsewhere.
        @Injectable()
        export class ReportService {
          since(date: string) { return moment(date).fromNow(); }
          later(run: () => void) { return wait(run, 100); }
        }
        """

    @Test func importsWhoseNamesTheModuleNeverUsesAreErased() {
        let found = TypeScriptImportElision.specifiers(in: Array(Self.service.utf8), jsx: false)
        #expect(found == ["@angular/core", "moment", "zone.js", "reflect-metadata", "lodash-es", "marked", "date-fns", "qrcode"])
    }

    @Test func jsxKeepsTheFactoryItCompilesTo() {
        let page = "import React from 'react';\nimport { unused } from 'left-pad';\n\nexport const Page = () => <main />;\n"
        #expect(TypeScriptImportElision.specifiers(in: Array(page.utf8), jsx: true) == ["react"])
        #expect(TypeScriptImportElision.specifiers(in: Array(page.utf8), jsx: false).isEmpty)
    }

    @Test func onlyTypeScriptModulesAreRead() {
        #expect(TypeScriptImportElision.applies(to: "src/app/device-model/device-model.service.ts"))
        #expect(TypeScriptImportElision.applies(to: "app/root.tsx"))
        #expect(!TypeScriptImportElision.applies(to: "src/env.d.ts"))
        #expect(!TypeScriptImportElision.applies(to: "src/App.vue"))
        #expect(!TypeScriptImportElision.applies(to: "client/client-app.js"))
    }

    /// A project whose configuration keeps imports as written, or extends a package's configuration that may (Vite's
    /// Vue template extends `@vue/tsconfig`, which sets `verbatimModuleSyntax`), erases nothing; one that extends its
    /// own files only is read through them.
    @Test func theProjectsConfigurationDecides() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-elision-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        func write(_ path: String, _ text: String) throws {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("angular/tsconfig.json", #"{"compilerOptions": {"module": "es2020"}}"#)
        try write("angular/tsconfig.app.json", #"{"extends": "./tsconfig.json", "files": ["src/main.ts"]}"#)
        try write("verbatim/tsconfig.json", #"{"compilerOptions": {"verbatimModuleSyntax": true}}"#)
        try write("vue/tsconfig.json", #"{"files": [], "references": [{"path": "./tsconfig.app.json"}]}"#)
        try write("vue/tsconfig.app.json", #"{"extends": "@vue/tsconfig/tsconfig.dom.json", "include": ["src/**/*"]}"#)
        try write("base/tsconfig.base.json", #"{"compilerOptions": {"preserveValueImports": true}}"#)
        try write("base/web/tsconfig.json", #"{"extends": "../tsconfig.base.json"}"#)
        try write("inherits/web/src/main.ts", "export {}\n")
        try write("inherits/tsconfig.json", #"{"compilerOptions": {"strict": true}}"#)
        let context = CatalogContext(root: root)
        #expect(!TypeScriptImportElision.projectKeepsImports(folder: "angular", context: context))
        #expect(TypeScriptImportElision.projectKeepsImports(folder: "verbatim", context: context))
        #expect(TypeScriptImportElision.projectKeepsImports(folder: "vue", context: context))
        #expect(TypeScriptImportElision.projectKeepsImports(folder: "base/web", context: context))
        #expect(!TypeScriptImportElision.projectKeepsImports(folder: "inherits/web", context: context))
    }
}
