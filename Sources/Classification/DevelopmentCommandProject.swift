import SovScanModel

/// An npm workspace's own command-line tool that runs while the system is built: a first-party project whose
/// `package.json` names commands in `bin` (`Component.commandsProperty`) and that the other first-party projects
/// declare, but only for development (`devDependencies`). nl-mgo-app-web's `packages/ts-json-schema` (command
/// `ts-json-schema`, on ts-json-schema-generator) is a devDependency of the two API bundles, which run it to generate
/// their JSON schemas; no shipping project depends on it, so it and what only it brings are development tooling.
/// A project that a first-party project declares in a shipping scope, or that none declares, is not one.
enum DevelopmentCommandProject {
    /// By position, words naming the commands and the projects that declare the tool for development.
    static func evidence(in system: SystemInventory, graph: ComponentGraph) -> [Int: String] {
        let components = system.components
        var developmentDeclarers: [Int: [Int]] = [:]
        var shipped = Set<Int>()
        for (index, component) in components.enumerated() where component.isFirstParty {
            for (dependency, scope) in graph.dependencies[index] where components[dependency].isFirstParty {
                if scope.ships {
                    shipped.insert(dependency)
                } else if developmentDeclarers[dependency]?.last != index {
                    developmentDeclarers[dependency, default: []].append(index)
                }
            }
        }
        var result: [Int: String] = [:]
        for (index, declarers) in developmentDeclarers where !shipped.contains(index) {
            let component = components[index]
            guard component.ecosystem == .npm, let commands = component.properties[Component.commandsProperty]
            else { continue }
            let names = declarers.map { components[$0].displayName }.sorted()
            result[index] = "a command-line tool of the system's own (bin: \(commands)) that only development "
                + "dependencies declare (\(names.prefix(3).joined(separator: ", "))"
                + (names.count > 3 ? " and \(names.count - 3) more" : "") + ")"
        }
        return result
    }
}
