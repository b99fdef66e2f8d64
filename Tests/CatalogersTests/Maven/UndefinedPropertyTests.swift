import Catalogers
import Foundation
import SovScanModel
import Testing

/// Versions that use a property no POM defines, and versions that are missing, in a reactor whose modules inherit
/// them (modelled on apache/commons-vfs when its parent POM cannot be read).
@Suite struct UndefinedPropertyTests {
    private static let fixture = "undefined-properties"

    private func catalog() -> CatalogResult {
        let path = MavenFixtures.path(Self.fixture)
        let manifests = Discovery().manifests(under: path).files.filter { $0.kind == .mavenPOM }
        let context = CatalogContext(root: path, options: CatalogOptions(mavenRepository: MavenFixtures.path(Self.fixture + "/m2")))
        return MavenCataloger().catalog(manifests, in: context)
    }

    @Test func anUndefinedPropertyLeavesTheDependencyVersionless() throws {
        let result = catalog()
        #expect(!result.components.contains { $0.purl.description.contains("%24%7B") || $0.purl.description.contains("${") })
        // Both modules' sightings are folded into one component, with both places; each purl and edge is once.
        let mockito = result.components.filter { $0.purl.description == "pkg:maven/org.mockito/mockito-core" }
        #expect(mockito.count == 1)
        #expect(mockito.allSatisfy { $0.version == nil && $0.scope == .test && $0.properties["unpinned"] == "true" })
        #expect(mockito.flatMap(\.locations).map(\.description) == ["vfs-app/pom.xml:17", "vfs-core/pom.xml:22"])
        #expect(Set(result.components.map(\.purl)).count == result.components.count)
        #expect(Set(result.edges).count == result.edges.count)
        let junit = try #require(result.component("pkg:maven/junit/junit"))
        #expect(junit.version == nil && junit.isDirect)
    }

    @Test func oneDiagnosticPerCauseAtTheLineThatUsesIt() {
        let result = catalog()
        // Three causes, each said once: both modules inherit mockito's managed version, and vfs-app reaches
        // vfs-core's dependencies transitively.
        #expect(result.diagnostics.map { "\($0.location?.description ?? "") \($0.message)" }.sorted() == [
            "pom.xml:19 the property ${commons.mockito.version} is not defined: org.mockito:mockito-core has no usable version; it is listed without one, its dependencies and licences unknown",
            "vfs-core/pom.xml:12 org.slf4j:slf4j-api has no usable version (''); it is listed without a version, its dependencies and licences are unknown",
            "vfs-core/pom.xml:19 the property ${junit.version} is not defined: junit:junit has no usable version; it is listed without one, its dependencies and licences unknown",
        ])
    }

    /// Real Maven refuses the build and names each problem with its file and line: sovscan names the same ones.
    @Test(.enabled(if: MavenValidate.mvn != nil, "mvn is not installed"))
    func sameProblemsAsMaven() throws {
        let maven = try MavenValidate.versionProblems(in: MavenFixtures.path(Self.fixture))
        #expect(maven == [
            "pom.xml:19 org.mockito:mockito-core", "vfs-core/pom.xml:12 org.slf4j:slf4j-api",
            "vfs-core/pom.xml:19 junit:junit",
        ])
        let mine = Set(catalog().diagnostics.compactMap { diagnostic -> String? in
            let words = diagnostic.message.split(separator: " ")
            guard let coordinates = words.first(where: { word in
                      word.filter { $0 == ":" }.count == 1 && !word.hasSuffix(":") && !word.hasPrefix("${")
                  }),
                  let location = diagnostic.location?.description else { return nil }
            return "\(location) \(coordinates)"
        })
        #expect(mine == maven)
    }
}

/// Runs `mvn -o validate` on a copy of a project and reads the version problems it reports.
enum MavenValidate {
    static let mvn: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { $0 + "/mvn" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// `file:line group:artifact` of every `'dependencies.dependency.version'` problem, files relative to the project.
    static func versionProblems(in project: String) throws -> Set<String> {
        guard let mvn else { return [] }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-mvn-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let copy = work.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: project, toPath: copy.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: mvn)
        process.arguments = ["-o", "-B", "-q", "-Dmaven.repo.local=" + work.appendingPathComponent("m2").path, "validate"]
        process.currentDirectoryURL = copy
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var problems: Set<String> = []
        // Problems are listed once per project after `The project g:a:v (/path/pom.xml) has N errors`.
        var projectFile: String?
        let prefix = copy.path + "/"
        for line in output.split(separator: "\n").map(String.init) {
            if line.contains("The project "), let open = line.firstIndex(of: "("), let close = line.firstIndex(of: ")") {
                projectFile = String(line[line.index(after: open)..<close]).replacingOccurrences(of: prefix, with: "")
                continue
            }
            guard var file = projectFile, line.contains("'dependencies.dependency.version' for "),
                  let forRange = line.range(of: "' for "),
                  let lineRange = line.range(of: "line ", options: .backwards) else { continue }
            let coordinates = line[forRange.upperBound...].split(separator: " ").first?.split(separator: ":").prefix(2)
                .joined(separator: ":") ?? ""
            let number = line[lineRange.upperBound...].prefix { $0.isNumber }
            if let path = line.range(of: prefix), let comma = line[path.upperBound...].firstIndex(of: ",") {
                file = String(line[path.upperBound..<comma])
            }
            problems.insert("\(file):\(number) \(coordinates)")
        }
        return problems
    }
}
