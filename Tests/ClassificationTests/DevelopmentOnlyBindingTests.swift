import Testing
@testable import Classification
import SovScanModel

/// Issue 15, twentieth session: the SDK of a component that serves development only (level `development-tooling`:
/// Artillery's CloudWatch client in Eclipse Ditto's load tests) names its platform, but the running system does not
/// use it, so it does not bind the system; the same SDK family shipped by the application still does.
@Suite struct DevelopmentOnlyBindingTests {
    private let app = "pkg:npm/portal@1.0.0"
    private let loadTests = "pkg:npm/artillery@2.0.21"
    private let cloudWatch = "pkg:npm/%40aws-sdk/client-cloudwatch@3.600.0"
    private let s3 = "pkg:npm/%40aws-sdk/client-s3@3.600.0"

    private func classified(platforms: [PlatformDeclaration] = []) throws -> ClassifiedSystem {
        let system = SystemInventory(
            name: "portal", root: "/portal",
            components: [try component(app, firstParty: true), try component(loadTests, scope: .dev, direct: true),
                         try component(cloudWatch, scope: .dev), try component(s3, scope: .runtime, direct: true)],
            graph: DependencyGraph(edges: [
                DependencyEdge(from: try PackageURL(parsing: app), to: try PackageURL(parsing: loadTests), scope: .dev),
                DependencyEdge(from: try PackageURL(parsing: loadTests), to: try PackageURL(parsing: cloudWatch),
                               scope: .dev),
                DependencyEdge(from: try PackageURL(parsing: app), to: try PackageURL(parsing: s3), scope: .runtime),
            ]))
        return Classifier(rules: RuleSet.load(directories: [bundledRules]).rules).classify(system, platforms: platforms) { _ in nil }
    }

    private func classification(_ result: ClassifiedSystem, _ purl: String) throws -> Classification {
        try #require(result.classifications.first { $0.purl.description == purl }, "\(purl)")
    }

    @Test func aDevelopmentToolsSDKDoesNotBindTheSystem() throws {
        let result = try classified()
        let tool = try classification(result, cloudWatch)
        #expect(tool.level == .developmentTooling)
        let binding = try #require(tool.binding)
        #expect(binding.platform.hasPrefix("AWS"))
        #expect(binding.developmentOnly == true)
        #expect(!binding.binds)
        #expect(tool.explanation.contains {
            $0.fact == "binding" && $0.value == "development only" && $0.reason.contains("the running system does not")
        })
        #expect(tool.sbomProperties.contains { $0.name == SovScanPropertyNames.bindingDevelopmentOnly && $0.value == "true" })
    }

    @Test func theShippedSDKStillBinds() throws {
        let result = try classified()
        let client = try classification(result, s3)
        #expect(client.level != .developmentTooling)
        let binding = try #require(client.binding)
        #expect(binding.developmentOnly == nil)
        #expect(binding.binds)
        #expect(!client.sbomProperties.contains { $0.name == SovScanPropertyNames.bindingDevelopmentOnly })
    }

    /// A declared provider (`platforms:`) for the tool's SDK: the binding names the provider, stays development only,
    /// and the explanation names the provider the tests use.
    @Test func aDeclaredProviderStaysDevelopmentOnly() throws {
        let rule = try #require(try classification(classified(), cloudWatch).binding).rule
        let declaration = PlatformDeclaration(binding: rule, provider: "Nordic Cloud", country: "NO")
        let tool = try classification(classified(platforms: [declaration]), cloudWatch)
        let binding = try #require(tool.binding)
        #expect(binding.platform == "Nordic Cloud")
        #expect(binding.developmentOnly == true && !binding.binds)
        let reason = try #require(tool.explanation.first { $0.fact == "binding" && $0.value == "development only" }).reason
        #expect(reason.contains("the build or the tests use Nordic Cloud"), "\(reason)")
        // Declaring a provider again keeps the flag.
        #expect(binding.declared(by: declaration, vendors: [:]).developmentOnly == true)
    }
}
