import Foundation
import Reporting
import SovScanModel

/// Inventories the reporting tests write: a small system with every kind of fact a component can carry, and
/// hostile text in names, versions, licences, paths and properties.
enum TestInventories {
    /// Text that breaks naive writers: markup, quotes, a line break, a tab, a right-to-left override, a
    /// formula and a C0 control character.
    static let hostile = "<script>alert(\"x\")</script>'&\n\t\u{202E}=cmd|' /C calc'!A0\u{1}"

    static let context = ReportContext(toolVersion: "0.0.0-test", timestamp: Date(timeIntervalSince1970: 1_700_000_000))

    static func purl(_ text: String) -> PackageURL {
        do { return try PackageURL(parsing: text) } catch { fatalError("test purl \(text): \(error)") }
    }

    /// A system `kommune-sag` with a first-party module, runtime, dev, test, optional and provided components,
    /// concluded and declared licences, unusual edge scopes, and one component whose every text is hostile.
    static func rich() -> Inventory {
        let app = purl("pkg:maven/dk.kommune/sag-service@1.0.0")
        let spring = purl("pkg:maven/org.springframework/spring-core@6.1.14")
        let servlet = purl("pkg:maven/jakarta.servlet/jakarta.servlet-api@6.0.0")
        let junit = purl("pkg:maven/junit/junit@4.13.2")
        let angular = purl("pkg:npm/%40angular/core@18.2.8")
        let tslib = purl("pkg:npm/tslib@2.7.0")
        let fsevents = purl("pkg:npm/fsevents@2.3.3")
        let evil = (try? PackageURL(type: "npm", namespace: "@evil", name: "x", version: "1.0.0")) ?? tslib
        let components = [
            Component(purl: app, ecosystem: .maven, group: "dk.kommune", name: "sag-service", version: "1.0.0", isDirect: true,
                      isFirstParty: true, locations: [SourceLocation(file: "backend/pom.xml", line: 3, column: 5)]),
            Component(purl: spring, ecosystem: .maven, group: "org.springframework", name: "spring-core", version: "6.1.14",
                      scope: .compile, isDirect: true,
                      declaredLicenses: [DeclaredLicense(text: "Apache License, Version 2.0", url: "https://www.apache.org/licenses/LICENSE-2.0",
                                                         source: .manifest)],
                      concludedLicense: ConcludedLicense(expression: .license(id: "Apache-2.0"), confidence: 0.95, reason: "name"),
                      locations: [SourceLocation(file: "backend/pom.xml", line: 20, column: 9),
                                  SourceLocation(file: "backend/sag-api/pom.xml", line: 14, column: 9)],
                      properties: [Component.sourceRepositoryProperty: "scm:git:https://github.com/spring-projects/spring-framework"]),
            Component(purl: servlet, ecosystem: .maven, group: "jakarta.servlet", name: "jakarta.servlet-api", version: "6.0.0",
                      scope: .provided, isDirect: true,
                      concludedLicense: ConcludedLicense(expression: .or([.license(id: "EPL-2.0"),
                                                                          .license(id: "GPL-2.0-only", exception: "Classpath-exception-2.0")]),
                                                         confidence: 1, reason: "pom")),
            Component(purl: junit, ecosystem: .maven, group: "junit", name: "junit", version: "4.13.2", scope: .test, isDirect: true,
                      declaredLicenses: [DeclaredLicense(text: "Eclipse Public License 1.0", source: .manifest)]),
            Component(purl: angular, ecosystem: .npm, group: "@angular", name: "core", version: "18.2.8", isDirect: true,
                      declaredLicenses: [DeclaredLicense(text: "MIT", source: .lockfile)],
                      concludedLicense: ConcludedLicense(expression: .license(id: "MIT"), confidence: 1, reason: "lockfile"),
                      locations: [SourceLocation(file: "frontend/package-lock.json", line: 12, column: 5)],
                      properties: ["integrity": "sha512-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==", "resolved": "https://registry.npmjs.org/@angular/core/-/core-18.2.8.tgz"]),
            Component(purl: tslib, ecosystem: .npm, name: "tslib", version: "2.7.0",
                      licenseFiles: ["frontend/node_modules/tslib/LICENSE.txt"],
                      concludedLicense: ConcludedLicense(expression: .license(id: "0BSD"), confidence: 1, reason: "lockfile")),
            Component(purl: fsevents, ecosystem: .npm, name: "fsevents", version: "2.3.3", scope: .dev, isOptional: true,
                      concludedLicense: ConcludedLicense(expression: nil, unmappedText: "see LICENSE in repo", confidence: 0.2, reason: "none")),
            Component(purl: evil, ecosystem: .npm, group: "@evil", name: hostile, version: "1.0.0", isDirect: true,
                      declaredLicenses: [DeclaredLicense(text: hostile, source: .manifest)],
                      locations: [SourceLocation(file: "front:end/\(hostile)/package.json", line: 2, column: 3)],
                      properties: ["note": hostile]),
        ]
        let graph = DependencyGraph(edges: [
            DependencyEdge(from: app, to: spring, scope: .compile),
            DependencyEdge(from: app, to: servlet, scope: .provided),
            DependencyEdge(from: app, to: junit, scope: .test),
            DependencyEdge(from: angular, to: tslib, scope: .runtime),
            // tslib is runtime, but this edge is a dev one: the SBOMs must keep that.
            DependencyEdge(from: fsevents, to: tslib, scope: .dev),
        ])
        return Inventory(systems: [SystemInventory(name: "kommune-sag", root: "SampleProjects/kommune-sag",
                                                   manifests: ["backend/pom.xml", "frontend/package-lock.json"],
                                                   components: components, graph: graph)])
    }

    /// The path of a fixture file.
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)?.path ?? "missing-fixture-" + name
    }
}
