@testable import Catalogers
import SovScanModel
import Testing

/// A project's runtime dependencies that only its `package.json` scripts run (modelled on a Node service whose
/// `prebuild` cleans with rimraf, whose `postbuild` validates its OpenAPI file with yaml's CLI and whose release
/// uploads source maps with Sentry's CLI) carry `Component.scriptOnlyDependenciesProperty` on the project; a
/// dependency with an executable that a source file imports (uuid, through `import('uuid/v4')`) does not, nor does
/// one no script runs (semver), a development dependency (typescript) or a mention that is no import.
@Suite struct ScriptOnlyDependenciesTests {
    let result = NPMFixtures.catalog("script-only")

    @Test func dependenciesOnlyScriptsRunAreNamedOnTheProject() throws {
        let project = try #require(result.component("pkg:npm/benefits-api@2.3.0"))
        #expect(project.properties[Component.scriptOnlyDependenciesProperty]
                    == "@sentry/cli: sourcemaps; rimraf: prebuild; yaml: postbuild")
    }

    /// pnpm records only `hasBin`, so a package's likely executables stand in (modelled on Hoppscotch's NestJS
    /// backend: `prebuild` cleans with rimraf, `postinstall` runs `prisma generate`; and on Umami, whose
    /// `prisma migrate deploy` runs when the container starts): rimraf and Sentry's CLI (`sentry-cli`) are named,
    /// Prisma is not since a migration script runs it too, nor is TinyMCE, which has no executable although a
    /// script copies its folder.
    @Test func pnpmProjectsUseTheLikelyExecutablesOfPackagesWithABin() throws {
        let project = try #require(NPMFixtures.catalog("pnpm-script-only").component("pkg:npm/notes-backend@1.4.0"))
        #expect(project.properties[Component.scriptOnlyDependenciesProperty] == "@sentry/cli: sourcemaps; rimraf: prebuild")
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
    }

    @Test func likelyExecutablesComeFromThePackageName() {
        #expect(ScriptOnlyDependencies.likelyExecutables(of: "rimraf") == ["rimraf"])
        #expect(ScriptOnlyDependencies.likelyExecutables(of: "@svgr/cli") == ["cli", "svgr", "svgr-cli"])
        #expect(ScriptOnlyDependencies.likelyExecutables(of: "@prisma/client") == ["client"])
    }

    @Test func importsAreRecognisedInTheirForms() {
        func imports(_ text: String, _ module: String) -> Bool { ModuleImports.imports(Array(text.utf8), module: module) }
        #expect(imports("import express from \"express\";", "express"))
        #expect(imports("export { a } from 'x/sub'", "x"))
        #expect(imports("import 'dotenv/config'", "dotenv"))
        #expect(imports("const s = require ( 'semver' )", "semver"))
        #expect(imports("await import(`@sentry/cli`)", "@sentry/cli"))
        #expect(!imports("const format = 'yaml'", "yaml"))
        #expect(!imports("import y from 'yaml-front'", "yaml"))
        #expect(!imports("require('@scope/yaml')", "yaml"))
    }

    @Test func scriptsRunAnExecutableByWordOrPath() {
        #expect(ScriptOnlyDependencies.runs("npm run clean && rimraf dist", anyOf: ["rimraf"]))
        #expect(ScriptOnlyDependencies.runs("node_modules/.bin/prisma migrate deploy", anyOf: ["prisma"]))
        #expect(ScriptOnlyDependencies.runs("(cd web; vite build)", anyOf: ["vite"]))
        #expect(!ScriptOnlyDependencies.runs("node scripts/rimraf-all.js", anyOf: ["rimraf"]))
    }
}
