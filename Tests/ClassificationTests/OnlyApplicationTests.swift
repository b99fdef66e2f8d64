import Testing
@testable import Classification
import SovScanModel

/// A Maven module whose artifactId is nothing but a tooling word is its build's application when the build has no
/// other (review11): Spring Initializr names a new project `demo`, and kept under an aggregator POM beside an
/// integration-test module it still ships; a library's `demo` beside the library's `core` stays a demonstration.
@Suite struct OnlyApplicationTests: ScansFixtures {
    @Test func anInitializrDemoUnderAnAggregatorShips() throws {
        let (_, result) = try scan("initializr/application")
        let (web, reason) = try level(result, "pkg:maven/org.springframework.boot/spring-boot-starter-web")
        #expect(web != .developmentTooling && web != nil, "\(reason)")
        let (driver, why) = try level(result, "pkg:maven/org.postgresql/postgresql")
        #expect(driver == .database, "\(why)")
        let (client, tooling) = try level(result, "pkg:maven/com.squareup.okhttp3/okhttp")
        #expect(client == .developmentTooling && tooling.contains("integrationtest"), "\(tooling)")
    }

    @Test func aLibrarysDemoBesideItsCoreDoesNotShip() throws {
        let (_, result) = try scan("initializr/library")
        let (web, reason) = try level(result, "pkg:maven/org.springframework.boot/spring-boot-starter-web")
        #expect(web == .developmentTooling && reason.contains("demo"), "\(reason)")
        #expect(try level(result, "pkg:maven/com.fasterxml.jackson.core/jackson-databind").0 != .developmentTooling)
    }

    @Test func onlyAModuleNamedExactlyLikeAnApplicationCanBeTheOnlyOne() throws {
        func module(_ name: String, packaging: String = "jar") throws -> Component {
            var made = try component("pkg:maven/com.example/\(name)@1.0", firstParty: true)
            made.properties[Component.mavenPackagingProperty] = packaging
            return made
        }
        let alone = SystemInventory(name: "s", root: "/s", components: [
            try module("demo"), try module("parent", packaging: "pom"), try module("integrationtest"),
            try module("shop-demo"),
        ])
        let demo = try #require(alone.components.firstIndex { $0.name == "demo" })
        #expect(ToolingProject.isOnlyApplication(demo, in: alone))
        let named = try #require(alone.components.firstIndex { $0.name == "shop-demo" })
        #expect(!ToolingProject.isOnlyApplication(named, in: alone), "a name with more words than the tooling word")
        let tests = try #require(alone.components.firstIndex { $0.name == "integrationtest" })
        #expect(!ToolingProject.isOnlyApplication(tests, in: alone), "tests are no application")
        for other in ["core", "sample"] {
            let beside = SystemInventory(name: "s", root: "/s", components: [try module("demo"), try module(other)])
            #expect(!ToolingProject.isOnlyApplication(try #require(beside.components.firstIndex { $0.name == "demo" }),
                                                      in: beside), "\(other)")
        }
    }
}
