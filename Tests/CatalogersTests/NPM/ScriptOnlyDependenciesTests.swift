@testable import Catalogers
import SovScanModel
import Testing

/// A project's runtime dependencies that only its `package.json` scripts run (modelled on a Node service whose
/// `prebuild` cleans with rimraf, whose `postbuild` validates its OpenAPI file with yaml's CLI and whose release
/// uploads source maps with Sentry's CLI) carry `Component.scriptOnlyDependenciesProperty` on the project, and so
/// does semver, which only `scripts/stamp.mjs` imports, a file the `postbuild` script runs; a dependency with an
/// executable that a source file imports (uuid, through `import('uuid/v4')`) does not, nor does a development
/// dependency (typescript) or a mention that is no import.
@Suite struct ScriptOnlyDependenciesTests {
    let result = NPMFixtures.catalog("script-only")

    @Test func dependenciesOnlyScriptsRunAreNamedOnTheProject() throws {
        let project = try #require(result.component("pkg:npm/benefits-api@2.3.0"))
        #expect(project.properties[Component.scriptOnlyDependenciesProperty]
                    == "@sentry/cli: sourcemaps; rimraf: prebuild; semver: postbuild via scripts/stamp.mjs; yaml: postbuild")
    }

    /// pnpm records only `hasBin`, so a package's likely executables stand in (modelled on Hoppscotch's NestJS
    /// backend: `prebuild` cleans with rimraf, `build` runs Nest's CLI, `postinstall` runs `prisma generate`; and on
    /// Umami, whose `prisma migrate deploy` runs when the container starts): rimraf, Sentry's CLI (`sentry-cli`) and
    /// Nest's (`nest`, known from `NPMKnownExecutables`) are named, Prisma is not since a migration script runs it
    /// too, nor is TinyMCE, which has no executable although a script copies its folder.
    @Test func pnpmProjectsUseTheLikelyExecutablesOfPackagesWithABin() throws {
        let project = try #require(NPMFixtures.catalog("pnpm-script-only").component("pkg:npm/notes-backend@1.4.0"))
        #expect(project.properties[Component.scriptOnlyDependenciesProperty]
                    == "@nestjs/cli: build; @sentry/cli: sourcemaps; rimraf: prebuild")
    }

    /// Yarn records no executables; an installed package's `bin` is exact (rimraf has one, TinyMCE none).
    @Test func yarnProjectsUseTheBinsOfInstalledPackages() throws {
        let project = try #require(NPMFixtures.catalog("yarn-script-only").component("pkg:npm/editor-frontend@0.9.0"))
        #expect(project.properties[Component.scriptOnlyDependenciesProperty] == "rimraf: clean")
    }

    @Test func scriptsThatStartOrMigrateTheSystemAreOperations() {
        #expect(ScriptOnlyDependencies.isOperations("start", "node dist/main"))
        #expect(ScriptOnlyDependencies.isOperations("start-docker", "npm-run-all check-db start-server"))
        #expect(ScriptOnlyDependencies.isOperations("update-db", "prisma migrate deploy"))
        #expect(ScriptOnlyDependencies.isOperations("database:seed", "prisma db seed"))
        #expect(!ScriptOnlyDependencies.isOperations("prestart", "npm run build"))
        #expect(!ScriptOnlyDependencies.isOperations("start:dev", "concurrently -k \"npm:watch-*\""))
        #expect(!ScriptOnlyDependencies.isOperations("start", "nest start --watch"))
        #expect(!ScriptOnlyDependencies.isOperations("postinstall", "prisma generate"))
        // Seeds and migrations of a developer's machine (GC Forms' local accounts, Prisma's development migrations).
        #expect(!ScriptOnlyDependencies.isOperations("accounts:seed:local", "tsx ./prisma/seeds/accounts.ts"))
        #expect(!ScriptOnlyDependencies.isOperations("migrate:dev", "prisma migrate dev"))
    }

    @Test func likelyExecutablesComeFromThePackageName() {
        #expect(ScriptOnlyDependencies.likelyExecutables(of: "rimraf") == ["rimraf"])
        #expect(ScriptOnlyDependencies.likelyExecutables(of: "@svgr/cli") == ["cli", "svgr", "svgr-cli"])
        #expect(ScriptOnlyDependencies.likelyExecutables(of: "@prisma/client") == ["client"])
        #expect(ScriptOnlyDependencies.likelyExecutables(of: "@nestjs/cli") == ["nest"])
        #expect(ScriptOnlyDependencies.likelyExecutables(of: "typescript") == ["tsc", "tsserver"])
    }

    @Test func importsAreRecognisedInTheirForms() {
        func imports(_ text: String, _ module: String) -> Bool {
            ModuleImports.specifiers(in: Array(text.utf8)).contains { ModuleImports.packageName(of: $0) == module }
        }
        #expect(imports("import express from \"express\";", "express"))
        #expect(imports("export { a } from 'x/sub'", "x"))
        #expect(imports("import 'dotenv/config'", "dotenv"))
        #expect(imports("const s = require ( 'semver' )", "semver"))
        #expect(imports("await import(`@sentry/cli`)", "@sentry/cli"))
        #expect(!imports("const format = 'yaml'", "yaml"))
        #expect(!imports("import y from 'yaml-front'", "yaml"))
        #expect(!imports("require('@scope/yaml')", "yaml"))
        #expect(ModuleImports.specifiers(in: Array("import a from './a'; const b = require(\"@s/b/c\"); x('y')".utf8))
                    == ["./a", "@s/b/c"])
        // TypeScript's type-only statements are erased: nothing of their module is loaded or bundled.
        let typed = """
            import type { Except } from 'type-fest'; export type * from "./types"
            import type
              { Props } from '@scope/ui'; import type from 'a-default'; import type, { b } from 'b-too'
            import { type C } from 'c-value'; export { d } from './d'; const importer = 1; import x from 'x-kept'
            """
        #expect(ModuleImports.specifiers(in: Array(typed.utf8)) == ["a-default", "b-too", "c-value", "./d", "x-kept"])
    }

    /// Text inside string or template literals imports nothing (Mitt Helsingborg's postinstall script rewrites
    /// `import ReactNativeBlobUtil from '../index.js'` in a package's files; read as an import, it made the app's own
    /// entry point a build-time file). A quote or backtick in a regular expression, comment or markup hides at most the
    /// rest of its line (the review's cases).
    @Test func literalsImportNothingAndMisreadingsStayOnTheirLine() {
        let script = """
            const fs = require("fs");
            const replaced = `import ReactNativeBlobUtil from '../index.js'`;
            const message = "import x from 'in-a-string'";
            const nested = `a ${cond ? `import w from 'nested'` : "b"} c`;
            const url = 'http://example.org/import'; import kept from './kept'
            const last = require('after-all')
            """
        #expect(ModuleImports.specifiers(in: Array(script.utf8)) == ["fs", "./kept", "after-all"])
        // An unclosed template literal does not hide the rest of the file.
        #expect(ModuleImports.specifiers(in: Array("const a = `open\nimport b from 'b'".utf8)) == ["b"])
        // A dynamic import in a template expression is still one.
        #expect(ModuleImports.specifiers(in: Array("const t = `${await import('d')}`".utf8)) == ["d"])
        // Regular expressions, comments and markup text: `/*` and backticks in them hide nothing on later lines.
        let tricky = """
            p.replace(/\\/*$/, '');
            const a = require('a');
            s.replace(/`/g, "&#96;");
            const b = require('b');
            /** doc: use `x` */
            <template><p>Put files in src/*.js, don't `quote`</p></template>
            const c = require('c')
            """
        #expect(ModuleImports.specifiers(in: Array(tricky.utf8)) == ["a", "b", "c"])
        // Tagged templates and arrow bodies are templates; their text imports nothing.
        #expect(ModuleImports.specifiers(in: Array("const q = sql`import x from 'y'`; const f = () => `import z from 'w'`".utf8)) == [])
    }

    @Test func scriptsRunAnExecutableByWordOrPath() {
        #expect(ScriptOnlyDependencies.executableWords(of: "npm run clean && rimraf dist").contains("rimraf"))
        #expect(ScriptOnlyDependencies.executableWords(of: "node_modules/.bin/prisma migrate deploy").contains("prisma"))
        #expect(ScriptOnlyDependencies.executableWords(of: "(cd web; vite build)").contains("vite"))
        #expect(!ScriptOnlyDependencies.executableWords(of: "node scripts/rimraf-all.js").contains("rimraf"))
    }

    /// Files that only build scripts run, and the files only they import, are build time (modelled on a labour-code
    /// site: `build:data` runs `node scripts/make-data.js`, which parses its rules with yaml and, through
    /// `scripts/lib/read-rules.js`, js-yaml; `generate` runs `tsx scripts/generate.ts` with Faker): what they import
    /// is named with the script and the file. `src/slug.ts` ships, since the server and a page import it too, and
    /// with it slugify; so does what the migration script's file imports (umzug) and what the server imports
    /// (express); a test file that imports yaml counts for nothing.
    @Test func importsOfFilesOnlyBuildScriptsRunAreNamed() throws {
        let project = try #require(NPMFixtures.catalog("script-files").component("pkg:npm/labour-code-site@4.12.0"))
        #expect(project.properties[Component.scriptOnlyDependenciesProperty]
                    == "@faker-js/faker: generate via scripts/generate.ts; js-yaml: build:data via scripts/lib/read-rules.js; "
                    + "yaml: build:data via scripts/make-data.js")
    }

    /// The files a package runs as its program (`main`, `bin`) run where it runs, whichever build script also runs
    /// them (modelled on a release-notes command-line tool whose `docs:usage` script runs its `bin` to print the help
    /// into the documentation and whose `build:schema` runs its `main` to print a schema): what they import ships;
    /// yaml, which only the `prepublishOnly` check imports, is named (review11).
    @Test func theManifestsMainAndBinFilesAreNoBuildSteps() throws {
        let project = try #require(NPMFixtures.catalog("bin-entries").component("pkg:npm/release-notes-cli@3.4.1"))
        #expect(project.properties[Component.scriptOnlyDependenciesProperty]
                    == "yaml: prepublishOnly via scripts/check-changelog.mjs")
        var diagnostics: [Diagnostic] = []
        let manifest = try #require(PackageJSON.parse(Array(#"{"name": "@acme/tool", "main": "dist/index.js", "bin": "./cli.js"}"#.utf8),
                                                      file: "package.json", diagnostics: &diagnostics))
        #expect(manifest.programFiles == ["dist/index.js", "./cli.js"])
    }

    /// Folders are walked whatever their name (modelled on a Next.js guidance site whose `build:search` script
    /// indexes the guides with globby and gray-matter, while the catch-all route `app/guides/[...slug]/page.tsx`
    /// parses each guide with gray-matter when it is rendered): gray-matter ships, globby is named.
    @Test func importsInFoldersWithDotsInTheirNamesCount() throws {
        let project = try #require(NPMFixtures.catalog("catch-all-routes").component("pkg:npm/guidance-site@1.8.0"))
        #expect(project.properties[Component.scriptOnlyDependenciesProperty]
                    == "globby: build:search via scripts/build-search-index.mjs")
    }

    /// Yarn 2+ records each package's executables (`bin:`), so a name that differs from the package's is known:
    /// `run-s` of npm-run-all2, `dotenv` of dotenv-cli (modelled on a React widget library built with webpack).
    @Test func yarnBerryLockfilesStateTheExecutables() throws {
        let project = try #require(NPMFixtures.catalog("yarn-berry-script-only").component("pkg:npm/library-widgets@2.1.0"))
        #expect(project.properties[Component.scriptOnlyDependenciesProperty] == "dotenv-cli: build:app; npm-run-all2: build")
    }

    @Test func scriptsRunTheFileAfterTheirRunner() {
        #expect(ScriptRunFiles.paths(in: "node scripts/make-data.js --out data/rules.json") == ["scripts/make-data.js"])
        #expect(ScriptRunFiles.paths(in: "NODE_ENV=production ts-node -r tsconfig-paths/register tools/setup.ts src/x.ts")
                    == ["tools/setup.ts"])
        #expect(ScriptRunFiles.paths(in: "npx tsx scripts/a.ts; node --max-old-space-size=4096 ./b.mjs && next build")
                    == ["scripts/a.ts", "./b.mjs"])
        #expect(ScriptRunFiles.paths(in: "deno run -A tasks/c.ts") == ["tasks/c.ts"])
        #expect(ScriptRunFiles.paths(in: "next build && rimraf .next/cache").isEmpty)
        // Code given to evaluate is no file, however its words look.
        #expect(ScriptRunFiles.paths(in: "node -e \"require('./scripts/a.js').run()\"").isEmpty)
        #expect(ScriptRunFiles.paths(in: "node --eval 'x' && node -p process.version; node scripts/b.js")
                    == ["scripts/b.js"])
    }

    /// Modelled on Umami's scripts: its Docker start runs `check-db` and `update-tracker` through npm-run-all.
    @Test func scriptsThatOperationsScriptsRunAreOperations() {
        let scripts = [("build", "npm-run-all check-env build-app"), ("start-docker", "npm-run-all check-db start-server"),
                       ("check-db", "node scripts/check-db.js"), ("check-env", "node scripts/check-env.js"),
                       ("start-server", "node server.js"), ("start", "npm run build-app && next start"),
                       ("build-app", "next build")]
        #expect(ScriptOnlyDependencies.operationsScripts(scripts.map { (name: $0.0, command: $0.1) })
                    == ["start-docker", "check-db", "start-server", "start"])
    }

    @Test func scriptsThatRunTheSystemOrItsTestsAreNoBuildSteps() {
        #expect(ScriptOnlyDependencies.runsTheSystem("dev", "tsx watch src/server.ts"))
        #expect(ScriptOnlyDependencies.runsTheSystem("start:api", "node dist/api.js"))
        #expect(ScriptOnlyDependencies.runsTheSystem("test:unit", "node --test"))
        #expect(ScriptOnlyDependencies.runsTheSystem("build:css", "node scripts/css.js --watch"))
        // A server or a bot started by a script of its own name, without a start script (review9).
        #expect(ScriptOnlyDependencies.runsTheSystem("server", "node src/server.js"))
        #expect(ScriptOnlyDependencies.runsTheSystem("api", "node api/index.js"))
        #expect(ScriptOnlyDependencies.runsTheSystem("bot:prod", "node dist/bot.js"))
        #expect(!ScriptOnlyDependencies.runsTheSystem("build:data", "node scripts/make-data.js"))
        #expect(!ScriptOnlyDependencies.runsTheSystem("generate:api-client", "node scripts/openapi.js"))
        #expect(!ScriptOnlyDependencies.runsTheSystem("build:server", "node scripts/bundle-server.js"))
        #expect(!ScriptOnlyDependencies.runsTheSystem("postinstall", "node scripts/copy-assets.js"))
    }

    /// The program a build writes to its output folder is the project's own, whatever script runs it (La bonne
    /// alternance's server runs `"cli": "node dist/index.js"`, which its production containers start as
    /// `yarn cli start`); a build step in such a folder is not (`dist/scripts/copy.js`).
    @Test func theBuildsOutputProgramIsAnEntryPoint() {
        for path in ["index.ts", "./main.js", "dist/index.js", "./build/server.js", "out/app.mjs"] {
            #expect(ScriptOnlyDependencies.isEntryPoint(path), "\(path)")
        }
        for path in ["scripts/make-data.js", "dist/scripts/copy.js", "src/index.ts", "dist/generate.js", "tools/main.js"] {
            #expect(!ScriptOnlyDependencies.isEntryPoint(path), "\(path)")
        }
    }

    @Test func relativeImportsResolveAsNodeAndTypeScriptDo() {
        let sources = ProjectSources(folder: "site", specifiers: [
            "site/scripts/a.ts": ["../src/slug.js", "./lib", "yaml"], "site/src/slug.ts": [],
            "site/scripts/lib/index.js": ["./missing"],
        ])
        #expect(sources.files(importedBy: "site/scripts/a.ts") == ["site/src/slug.ts", "site/scripts/lib/index.js"])
        #expect(sources.files(importedBy: "site/scripts/lib/index.js").isEmpty)
        #expect(sources.packages(importedBy: "site/scripts/a.ts") == ["yaml"])
        #expect(sources.isTestFile("site/test/a.js") && sources.isTestFile("site/src/a.spec.ts"))
        #expect(!sources.isTestFile("site/src/contest.ts"))
    }
}
