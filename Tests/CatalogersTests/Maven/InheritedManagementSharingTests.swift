import Catalogers
import Foundation
import SovScanModel
import Testing

/// The modules under one parent share the interpolation of the dependencyManagement they inherit
/// (`MavenModelBuilder.DeclarationList`): each module must still see its own property values, own version and own
/// overrides, whichever module was built first.
@Suite struct InheritedManagementSharingTests {
    /// A reactor: a parent that manages `lib` at `${lib.version}`, `tool` at `${project.version}` and `gone` at an
    /// undefined property, and modules that differ from each other in exactly one of those.
    private static let poms: [String: String] = [
        "pom.xml": project(artifact: "parent", version: "1.0", parent: false, body: """
            <packaging>pom</packaging>
            <properties>
              <lib.version>1.0</lib.version><base.version>5.0</base.version><based.version>${base.version}</based.version>
            </properties>
            <modules><module>a</module><module>b</module><module>c</module><module>d</module><module>e</module></modules>
            <dependencyManagement><dependencies>
              <dependency><groupId>org.acme</groupId><artifactId>lib</artifactId><version>${lib.version}</version></dependency>
              <dependency><groupId>org.acme</groupId><artifactId>tool</artifactId><version>${project.version}</version></dependency>
              <dependency><groupId>org.acme</groupId><artifactId>gone</artifactId><version>${gone.version}</version></dependency>
              <dependency><groupId>org.acme</groupId><artifactId>based</artifactId><version>${based.version}</version></dependency>
            </dependencies></dependencyManagement>
            """),
        // The parent's values.
        "a/pom.xml": module("a", body: ""),
        // Its own lib.version.
        "b/pom.xml": module("b", body: "<properties><lib.version>2.0</lib.version></properties>"),
        // Its own version, which ${project.version} gives.
        "c/pom.xml": module("c", version: "3.0", body: ""),
        // The parent's values again, after b and c.
        "d/pom.xml": module("d", body: ""),
        // A property that the value of a managed version's property uses.
        "e/pom.xml": module("e", body: "<properties><base.version>6.0</base.version></properties>"),
    ]

    private static func project(artifact: String, version: String?, parent: Bool, body: String) -> String {
        """
        <project>
          <modelVersion>4.0.0</modelVersion>
          \(parent ? "<parent><groupId>org.acme</groupId><artifactId>parent</artifactId><version>1.0</version></parent>" : "<groupId>org.acme</groupId>")
          <artifactId>\(artifact)</artifactId>
          \(version.map { "<version>\($0)</version>" } ?? "")
          \(body)
        </project>
        """
    }

    private static func module(_ name: String, version: String? = nil, body: String) -> String {
        project(artifact: name, version: version, parent: true, body: body + """
            <dependencies>
              <dependency><groupId>org.acme</groupId><artifactId>lib</artifactId></dependency>
              <dependency><groupId>org.acme</groupId><artifactId>tool</artifactId></dependency>
              <dependency><groupId>org.acme</groupId><artifactId>gone</artifactId></dependency>
              <dependency><groupId>org.acme</groupId><artifactId>based</artifactId></dependency>
            </dependencies>
            """)
    }

    private func resolve() throws -> MavenBuildResolution {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-sharing-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (path, text) in Self.poms {
            let file = root + "/" + path
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        }
        return MavenBuildResolver.resolve(pomPaths: Self.poms.keys.sorted(), root: root,
                                          options: CatalogOptions(mavenRepository: root + "/m2"),
                                          resolveDependencies: false, home: root)
    }

    /// Each module's managed versions: `lib`, `tool` and `based`.
    private func versions(_ resolution: MavenBuildResolution, _ module: String) throws -> [String] {
        let model = try #require(resolution.projects.first { $0.file == module + "/pom.xml" }).model
        return ["lib", "tool", "based"].map { name in model.dependencies.first { $0.artifactId == name }?.version ?? "-" }
    }

    @Test func everyModuleGetsItsOwnValuesOfTheSharedManagement() throws {
        let resolution = try resolve()
        #expect(try versions(resolution, "a") == ["1.0", "1.0", "5.0"])
        #expect(try versions(resolution, "b") == ["2.0", "1.0", "5.0"])
        #expect(try versions(resolution, "c") == ["1.0", "3.0", "5.0"])
        #expect(try versions(resolution, "d") == ["1.0", "1.0", "5.0"])
        #expect(try versions(resolution, "e") == ["1.0", "1.0", "6.0"])
    }

    @Test func anUndefinedPropertyOfTheSharedManagementIsReportedOnceAtItsLine() throws {
        let resolution = try resolve()
        let reports = resolution.diagnostics.filter { $0.message.contains("${gone.version}") }
        #expect(reports.map { $0.location?.file } == ["pom.xml"])
        #expect(resolution.projects.filter { $0.file != "pom.xml" }.allSatisfy { project in
            project.model.dependencies.first { $0.artifactId == "gone" }?.version == "${gone.version}"
        })
    }
}
