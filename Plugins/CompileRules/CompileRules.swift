import Foundation
import PackagePlugin

/// Compiles the package's `Rules/` folder into the `BundledRules` module at build time (`sovscan-compile-rules`),
/// so that sovscan never parses its bundled rules on start (issue 17). Runs again whenever a file of `Rules/`
/// changes.
@main
struct CompileRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledRulesData.swift")
        return [.buildCommand(
            displayName: "Compiling Rules/ into sovscan",
            executable: try context.tool(named: "sovscan-compile-rules").url,
            arguments: [rules.path, output.path],
            inputFiles: files(under: rules),
            outputFiles: [output]
        )]
    }

    /// Every file under `folder` (the inputs: a change to any of them compiles the rules again).
    private func files(under folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        return (enumerator?.allObjects as? [URL] ?? []).filter {
            (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        }
    }
}
