@testable import Catalogers
import SovScanModel
import Testing

/// The runtime dependencies that run a project's program where the system runs (modelled on Dockge, whose `start`
/// script and Dockerfile run its Express and socket.io server from TypeScript with tsx, a runtime dependency; its
/// development and release scripts run tsx too) carry `Component.programRunnersProperty` on the project.
@Suite struct ProgramRunnersTests {
    /// tsx runs the server in `start`, ts-node is preloaded by the migration script (`node --loader ts-node/esm`);
    /// neither is script-only, and the development and release scripts name no runner of their own.
    @Test func runnersOfOperationsScriptsAreNamedOnTheProject() throws {
        let project = try #require(NPMFixtures.catalog("program-runner").component("pkg:npm/stack-console@1.5.0"))
        #expect(project.properties[Component.programRunnersProperty] == "ts-node: db:migrate; tsx: start")
        #expect(project.properties[Component.scriptOnlyDependenciesProperty] == nil)
    }

    @Test func runnersAreTheExecutableOrThePreloadedPackage() {
        #expect(ProgramRunners.runners(in: "tsx ./backend/index.ts") == ["tsx"])
        #expect(ProgramRunners.runners(in: "NODE_ENV=production node --import tsx src/server.ts") == ["tsx"])
        #expect(ProgramRunners.runners(in: "node --loader=ts-node/esm ./src/main.ts") == ["ts-node"])
        #expect(ProgramRunners.runners(in: "node -r ts-node/register -r tsconfig-paths/register src/main.ts")
                    == ["ts-node", "tsconfig-paths"])
        #expect(ProgramRunners.runners(in: "npm run build && ts-node-esm server.ts") == ["ts-node-esm"])
        #expect(ProgramRunners.runners(in: "node --env-file .env --import tsx src/server.ts") == ["tsx"])
        // The program's own arguments preload nothing.
        #expect(ProgramRunners.runners(in: "tsx ./backend/index.ts --require ./plugins/extra.js") == ["tsx"])
        // Node.js alone, a runner given no file, and a runner's watch mode in a shell that runs no file.
        #expect(ProgramRunners.runners(in: "node dist/main.js").isEmpty)
        #expect(ProgramRunners.runners(in: "tsx --version").isEmpty)
        #expect(ProgramRunners.runners(in: "node -e \"require('tsx')\"").isEmpty)
    }

    /// Only production dependencies run by a script that starts or deploys the system count: a development
    /// dependency (vite-node) is not installed where the system runs, and `start:dev` or `dev` develop.
    @Test func onlyOperationsScriptsAndProductionDependenciesCount() throws {
        let text = """
            {"name": "notes-api", "version": "1.0.0",
             "scripts": {"start:dev": "tsx watch src/main.ts", "dev": "ts-node src/main.ts",
                         "start:prod": "vite-node src/main.ts", "generate": "tsx scripts/generate.ts"},
             "dependencies": {"tsx": "^4.19.0", "ts-node": "^10.9.2"},
             "devDependencies": {"vite-node": "^3.0.0"}}
            """
        var diagnostics: [Diagnostic] = []
        let manifest = try #require(PackageJSON.parse(Array(text.utf8), file: "package.json", diagnostics: &diagnostics))
        #expect(ProgramRunners.find(manifest: manifest) { _ in [] }.isEmpty)
    }
}
