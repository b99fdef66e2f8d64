import SovScanModel
import Yams

/// Reads the YAML lockfile of yarn 2+ ("berry", recognised by its `__metadata` entry) into entries.
enum YarnBerryLock {
    static func parse(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> [YarnEntry] {
        guard let root = NPMYAML.compose(bytes, file: file, diagnostics: &diagnostics) else { return [] }
        guard root.mapping != nil else {
            diagnostics.append(Diagnostic(.error, "a yarn.lock holds a mapping of entries",
                                          at: NPMYAML.location(of: root, file: file)))
            return []
        }
        var entries: [YarnEntry] = []
        for (key, keyNode, value) in NPMYAML.members(of: root) where key != "__metadata" {
            let location = NPMYAML.location(of: keyNode, file: file)
            guard value.mapping != nil else {
                diagnostics.append(Diagnostic(.warning, "the entry '\(key)' should be a mapping", at: location))
                continue
            }
            var entry = YarnEntry(descriptors: YarnLockV1.splitHeader(key), location: location)
            entry.version = NPMYAML.text(value["version"])
            entry.resolved = NPMYAML.text(value["resolution"])
            entry.resolvedName = entry.resolved.map { YarnDescriptor($0).name }
            entry.integrity = NPMYAML.text(value["checksum"])
            entry.executables = NPMYAML.members(of: value["bin"]).map(\.key)
            entry.isWorkspace = entry.descriptors.contains { YarnDescriptor($0).range.hasPrefix("workspace:") }
                && NPMYAML.text(value["linkType"]) == "soft"
            for (field, kind) in [("dependencies", NPMDependencyKind.production), ("peerDependencies", .peer)] {
                for (name, _, range) in NPMYAML.members(of: value[field]) {
                    guard let range = NPMYAML.text(range) else { continue }
                    entry.dependencies.append((name, range, kind))
                }
            }
            // `dependenciesMeta: { name: { optional: true } }` marks optional dependencies.
            let optionalNames = Set(NPMYAML.members(of: value["dependenciesMeta"]).compactMap { name, _, meta in
                NPMYAML.text(meta["optional"]) == "true" ? name : nil
            })
            if !optionalNames.isEmpty {
                entry.dependencies = entry.dependencies.map { dependency in
                    optionalNames.contains(dependency.name) && dependency.kind == .production
                        ? (dependency.name, dependency.range, .optional) : dependency
                }
            }
            entries.append(entry)
        }
        return entries
    }
}
