import ArgumentParser
import Classification
import Foundation
import SovScanKit
import SovScanModel

/// `sovscan explain PURL [PATH]`: every fact about one component and what decided it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show every fact about one component and which rule or evidence decided it.",
        discussion: """
        PURL may leave out the version (pkg:npm/axios) to match every version in the system. Exit 0 when found,
        2 when the purl is malformed or matches nothing.

        Examples:
          sovscan explain pkg:maven/com.oracle.database.jdbc/ojdbc11 SampleProjects/kommune-sag
          sovscan explain pkg:npm/highcharts@11.4.8 frontend
        """
    )

    @Argument(help: "The component's package URL, with or without version.")
    var purl: String

    @Argument(help: "The system to scan (default: the current folder).")
    var path: String = "."

    @OptionGroup var scan: CommonScanOptions

    func run() throws {
        let wanted: PackageURL
        do { wanted = try PackageURL(parsing: purl) } catch { throw ValidationError("'\(purl)' is not a purl: \(error)") }
        let scanner = try scan.scanner()
        let platforms = ProjectClarifications.platforms(firstPath: path, rules: scanner.classification.classifier.rules)
        let result = scanner.analyse(ProjectClarifications.apply(to: scanner.scan(paths: [path]), firstPath: path,
                                                                 enricher: scanner.licenses),
                                     platforms: { _ in platforms })
        guard let system = result.inventory.systems.first, let classified = result.classified.first else {
            throw ValidationError(result.inventory.diagnostics.map { TerminalText.sanitise($0.description) }.joined(separator: "\n"))
        }
        let matches = system.components.filter { component in
            wanted.version == nil ? component.purl.versionless == wanted.versionless : component.purl == wanted
        }
        guard !matches.isEmpty else {
            let similar = system.components.filter { $0.purl.name == wanted.name }.map { TerminalText.sanitise($0.purl.description) }
            throw ValidationError("\(TerminalText.sanitise(wanted.description)) is not a component of \(TerminalText.sanitise(system.name))"
                                  + (similar.isEmpty ? "" : "; similar: " + similar.joined(separator: ", ")))
        }
        let explanation = ComponentExplanation(system: system, classified: classified)
        print(matches.map { explanation.render($0, classification: classified.classification(of: $0.purl)) }
            .joined(separator: "\n\n"))
    }
}

/// The text of `sovscan explain` for one component.
struct ComponentExplanation {
    let system: SystemInventory
    /// The system's classifications: an image's registry and base OS are components of their own.
    let classified: ClassifiedSystem

    /// The explanation's lines; every line is sanitised, since names, paths and licence texts come from the
    /// scanned repository.
    func render(_ component: Component, classification: Classification?) -> String {
        var lines = ["\(component.purl)"]
        func fact(_ name: String, _ value: String) { lines.append("  " + name.padding(toLength: 14, withPad: " ", startingAt: 0) + value) }
        fact("name", component.displayName)
        let servesDevelopment = !component.isFirstParty && classification?.level == .developmentTooling
        let shipping = !component.ships ? ", does not ship"
            : servesDevelopment ? ", a shipping scope, but it does not run in the system (level development-tooling)" : ", ships"
        fact("scope", component.scope.rawValue + (component.isOptional ? " (optional)" : "") + shipping)
        if let bundled = component.properties[Component.bundledIntoInterfaceProperty] {
            fact("bundled", "into the UI, though declared for development: " + bundled)
        }
        if let undeclared = component.properties[Component.importedUndeclaredProperty] {
            fact("undeclared", undeclared)
        }
        fact("dependency", component.isFirstParty ? "own code (first-party)" : (component.isDirect ? "direct" : "transitive"))
        if !component.isDirect, !component.isFirstParty, let path = pathFromDirect(component.purl) {
            fact("brought by", path.map(\.description).joined(separator: " -> "))
            // Where each edge of the chain was read: a checkout's manifest, or one fetched from the network.
            for (from, to) in zip(path, path.dropFirst()) {
                guard let evidence = system.components.first(where: { $0.purl == from })?
                    .properties[Component.dependenciesSourceProperty] else { continue }
                fact("edge", "\(from.name) -> \(to.name), read from \(evidence)")
            }
        }
        if let evidence = component.properties[Component.dependenciesSourceProperty] {
            fact("dependencies", "read from " + evidence)
        }
        for location in component.locations { fact("declared at", location.description) }
        for declared in component.declaredLicenses {
            fact("licence said", "\"\(declared.text)\"" + (declared.url.map { " <\($0)>" } ?? "")
                 + " (\(declared.source.rawValue)" + (declared.location.map { " at \($0)" } ?? "") + ")")
        }
        for file in component.licenseFiles { fact("licence file", file) }
        if let concluded = component.concludedLicense {
            fact("licence", (concluded.expression?.spdx ?? "unknown") + String(format: " (confidence %.2f)", concluded.confidence))
            fact("category", concluded.category.rawValue + ", OSS: " + (concluded.isOSS.map { $0 ? "yes" : "no" } ?? "unknown"))
            fact("because", concluded.reason)
        }
        if let classification {
            fact("level", classification.level?.rawValue ?? "none")
            fact("technology", classification.technology)
            if let vendor = classification.vendor {
                fact("vendor", "\(vendor.name) (\(vendor.country ?? "country unknown"), \(vendor.bloc.rawValue), \(vendor.governance.rawValue))")
            }
            if let binding = classification.binding {
                fact("binding", "\(binding.platform) (\(binding.kind.rawValue), " + (binding.proprietary ? "proprietary" : "open")
                         + (binding.optional.map { "; optional beside " + $0.alternatives.joined(separator: ", ") } ?? "")
                         + (binding.developmentOnly == true ? "; development only, does not tie the system" : "") + ")")
            }
            if let registry = component.properties["image:registry"] {
                fact("registry", registry + operated(by: "pkg:generic/container-registries/" + registry, "operated by"))
            }
            if let os = component.properties["image:base-os"] {
                let version = component.properties["image:base-os-version"]
                fact("base OS", os + (version.map { " " + $0 } ?? "")
                     + operated(by: "pkg:generic/operating-systems/" + os + (version.map { "@" + $0 } ?? ""), "from"))
            }
            for event in classification.relicensing {
                fact("relicensed", "\(event.project): \(event.from) -> \(event.to) for \(event.versions) since \(event.date)")
            }
            if let byRule = classification.explanation.first(where: { $0.fact == "license" && $0.rule != nil }) {
                fact("licence rule", byRule.reason + " [rule \(byRule.rule ?? "")]")
            }
            fact("SEAL", classification.seal.map { "SEAL-\($0)" } ?? "not rated")
            lines.append("  decisions:")
            lines += classification.explanation.map { "    - " + $0.description }
        }
        return lines.map(TerminalText.sanitise).joined(separator: "\n")
    }

    /// `, operated by Docker, Inc. (US, US)`: the vendor a rule gives the registry or OS component `purl`, or
    /// nothing when it has none.
    private func operated(by purl: String, _ words: String) -> String {
        guard let purl = try? PackageURL(parsing: purl), let vendor = classified.classification(of: purl)?.vendor else { return "" }
        return ", \(words) \(vendor.name) (\(vendor.country ?? "country unknown"), \(vendor.bloc.rawValue))"
    }

    /// The shortest path from a direct dependency (or a first-party component) to `purl`.
    private func pathFromDirect(_ purl: PackageURL) -> [PackageURL]? {
        var parents: [PackageURL: [PackageURL]] = [:]
        for edge in system.graph.edges { parents[edge.to, default: []].append(edge.from) }
        let starts = Set(system.components.filter { $0.isDirect && !$0.isFirstParty }.map(\.purl))
        var queue = [[purl]]
        var seen: Set<PackageURL> = [purl]
        while !queue.isEmpty {
            let path = queue.removeFirst()
            guard let head = path.first else { continue }
            if starts.contains(head), head != purl { return path }
            for parent in (parents[head] ?? []).sorted() where seen.insert(parent).inserted {
                queue.append([parent] + path)
            }
        }
        return nil
    }
}
