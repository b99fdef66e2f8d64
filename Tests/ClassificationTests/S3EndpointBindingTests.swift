import Foundation
import Testing
@testable import Catalogers
@testable import Classification
import SovScanModel

/// An S3 client that the system points at an endpoint of its own (`Component.s3EndpointProperty`, set by the npm
/// cataloger) speaks to whichever S3-compatible store the deployment names: the AWS binding is optional, unless the
/// system uses other AWS services or binds AWS in another way (issue 15, fifteenth and sixteenth samples).
@Suite struct S3EndpointBindingTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    /// One project declaring `dependencies` (purl texts, each with its own children), marked as configuring its
    /// S3 endpoint when `endpoint` is given, plus `extra` components outside it. The project is of the first
    /// dependency's ecosystem.
    private func classify(_ dependencies: [String], children: [String: [String]] = [:], endpoint: String?,
                          extra: [Component] = []) throws -> ClassifiedSystem {
        let system = try inventory(project: "api", dependencies, children: children, endpoint: endpoint)
        return classifier.classify(SystemInventory(name: "api", root: "/api", components: system.components + extra,
                                                   graph: system.graph)) { _ in nil }
    }

    /// The inventory of one first-party project and its dependencies, as `classify` describes.
    private func inventory(project name: String, _ dependencies: [String], children: [String: [String]] = [:],
                           endpoint: String?) throws -> SystemInventory {
        let first = try PackageURL(parsing: try #require(dependencies.first))
        let ecosystem = Ecosystem(purlType: first.type)
        let project = try PackageURL(type: first.type, namespace: ecosystem == .npm ? nil : "local", name: name)
        var components = [Component(purl: project, ecosystem: ecosystem, name: name, isFirstParty: true,
                                    properties: endpoint.map { [Component.s3EndpointProperty: $0] } ?? [:])]
        var edges: [DependencyEdge] = []
        for text in dependencies {
            let purl = try PackageURL(parsing: text)
            components.append(Component(purl: purl, ecosystem: ecosystem, group: purl.namespace, name: purl.name,
                                        version: purl.version, isDirect: true))
            edges.append(DependencyEdge(from: project, to: purl, scope: .runtime))
            for childText in children[text] ?? [] {
                let child = try PackageURL(parsing: childText)
                components.append(Component(purl: child, ecosystem: ecosystem, group: child.namespace, name: child.name,
                                            version: child.version))
                edges.append(DependencyEdge(from: purl, to: child, scope: .runtime))
            }
        }
        return SystemInventory(name: name, root: "/" + name, components: components, graph: DependencyGraph(edges: edges))
    }

    private func binding(_ result: ClassifiedSystem, _ purl: String) throws -> BindingFacts? {
        try #require(result.classification(of: try PackageURL(parsing: purl))).binding
    }

    @Test func anS3ClientAtAConfiguredEndpointIsAnOptionalBinding() throws {
        let s3 = "pkg:npm/%40aws-sdk/client-s3@3.700.0"
        let smithy = "pkg:npm/%40smithy/util-middleware@3.0.11"
        let result = try classify([s3], children: [s3: [smithy]],
                                  endpoint: "an endpoint option of new S3Client in src/storage.js")
        for purl in [s3, smithy] {
            let facts = try #require(try binding(result, purl), "\(purl)")
            #expect(facts.platform == "AWS" && !facts.binds, "\(purl)")
            #expect(facts.optional?.endpoints == ["an endpoint option of new S3Client in src/storage.js"])
        }
        let item = try #require(result.classification(of: try PackageURL(parsing: s3)))
        #expect(item.explanation.contains {
            $0.fact == "binding" && $0.value == "optional"
                && $0.reason.hasPrefix("the projects that declare it point it at an endpoint of their own (an endpoint "
                                       + "option of new S3Client in src/storage.js): S3-compatible object stores")
        })
    }

    @Test func theBindingStaysWhereTheSystemUsesMoreOfAWS() throws {
        let s3 = "pkg:npm/%40aws-sdk/client-s3@3.700.0"
        // No endpoint of its own: the client talks to AWS.
        #expect(try binding(try classify([s3], endpoint: nil), s3)?.binds == true)
        // A queue client beside it is AWS's service whatever the S3 endpoint.
        let withQueue = try classify([s3, "pkg:npm/%40aws-sdk/client-sqs@3.700.0"], endpoint: "forcePathStyle: true in a.js")
        #expect(try binding(withQueue, s3)?.binds == true)
        // A Terraform provider of AWS binds the system however the code is configured.
        let provider = Component(purl: try PackageURL(parsing: "pkg:generic/registry.terraform.io/hashicorp/aws@5.0.0"),
                                 ecosystem: .terraform, group: "registry.terraform.io/hashicorp", name: "aws",
                                 version: "5.0.0", isDirect: true)
        let withTerraform = try classify([s3], endpoint: "forcePathStyle: true in a.js", extra: [provider])
        if try binding(withTerraform, "pkg:generic/registry.terraform.io/hashicorp/aws@5.0.0")?.platform == "AWS" {
            #expect(try binding(withTerraform, s3)?.binds == true)
        } else {
            Issue.record("the Terraform provider should bind AWS: the test's premise")
        }
    }

    /// The Java SDK's S3 client with the transport a module declares for it, at an endpoint of the module's own
    /// (Corona-Warn-App's distribution service); a queue client beside it keeps the binding.
    @Test func aJavaModulesS3ClientAtItsOwnEndpointIsOptional() throws {
        let s3 = "pkg:maven/software.amazon.awssdk/s3@2.25.0"
        let netty = "pkg:maven/software.amazon.awssdk/netty-nio-client@2.25.0"
        let core = "pkg:maven/software.amazon.awssdk/sdk-core@2.25.0"
        let endpoint = "endpointOverride in distribution/src/main/java/Store.java"
        let result = try classify([s3, netty], children: [s3: [core]], endpoint: endpoint)
        for purl in [s3, netty, core] {
            let facts = try #require(try binding(result, purl), "\(purl)")
            #expect(facts.platform == "AWS" && !facts.binds && facts.optional?.endpoints == [endpoint], "\(purl)")
        }
        let withQueue = try classify([s3, "pkg:maven/software.amazon.awssdk/sqs@2.25.0"], endpoint: endpoint)
        #expect(try binding(withQueue, s3)?.binds == true)
    }

    /// Soto's packages in a Swift server whose sources give S3 an endpoint (Vernissage).
    @Test func sotoAtAConfiguredEndpointIsOptional() throws {
        let soto = "pkg:swift/github.com/soto-project/soto-core@7.13.0"
        let endpoint = "S3(client:endpoint:) in Sources/App/Configure.swift"
        let facts = try #require(try binding(try classify([soto], endpoint: endpoint), soto))
        #expect(facts.platform == "AWS" && !facts.binds && facts.optional?.role == "object storage (the S3 API)")
        #expect(try binding(try classify([soto], endpoint: nil), soto)?.binds == true)
    }

    /// A system whose npm project and Swift package both point S3 clients at endpoints of their own does without
    /// AWS; when only one does, the other's SDK ties it to AWS.
    @Test func everyProjectOfThePlatformMustConfigureItsEndpoint() throws {
        let npmS3 = "pkg:npm/%40aws-sdk/client-s3@3.700.0"
        let soto = "pkg:swift/github.com/soto-project/soto-core@7.13.0"
        func system(swiftEndpoint: String?) throws -> ClassifiedSystem {
            let web = try inventory(project: "web", [npmS3], endpoint: "forcePathStyle: true in web/s3.js")
            let server = try inventory(project: "server", [soto], endpoint: swiftEndpoint)
            return classifier.classify(SystemInventory(name: "both", root: "/both",
                                                       components: web.components + server.components,
                                                       graph: DependencyGraph(edges: web.graph.edges + server.graph.edges))) { _ in nil }
        }
        let both = try system(swiftEndpoint: "S3(client:endpoint:) in Sources/Server/S3.swift")
        #expect(try binding(both, npmS3)?.binds == false)
        #expect(try binding(both, soto)?.binds == false)
        let one = try system(swiftEndpoint: nil)
        #expect(try binding(one, npmS3)?.binds == true)
        #expect(try binding(one, soto)?.binds == true)
    }

    /// Karakeep's end-to-end tests (`packages/e2e_tests`, a tooling project by its name) declare the S3 client as a
    /// dependency and read the store without an endpoint of their own: they run nothing of the system, so the
    /// shared package's client at its configured endpoint alone decides; an application project without an
    /// endpoint still keeps the binding.
    @Test func aTestProjectsS3ClientDecidesNothing() throws {
        let s3 = "pkg:npm/%40aws-sdk/client-s3@3.700.0"
        func system(second name: String) throws -> ClassifiedSystem {
            let shared = try inventory(project: "shared", [s3], endpoint: "an endpoint option of new S3Client in assetdb.ts")
            let other = try inventory(project: name, [s3], endpoint: nil)
            return classifier.classify(SystemInventory(name: "k", root: "/k",
                                                       components: shared.components + other.components.filter(\.isFirstParty),
                                                       graph: DependencyGraph(edges: shared.graph.edges + other.graph.edges))) { _ in nil }
        }
        #expect(try binding(try system(second: "e2e_tests"), s3)?.binds == false)
        #expect(try binding(try system(second: "workers"), s3)?.binds == true)
    }

    /// The artefacts whose modules are read are S3 clients of the rules' `s3-clients:` (the cataloger cannot read
    /// the rules, so the two lists are kept in step here).
    @Test func theClientArtefactsAreTheRulesS3Clients() throws {
        let rules = classifier.rules
        let clients = try #require(rules.bindings.first { $0.id == "aws" }?.s3Clients)
        for artefact in JavaS3Endpoint.clientArtifacts.sorted() {
            let parts = artefact.split(separator: ":")
            let purl = try PackageURL(type: "maven", namespace: String(parts[0]), name: String(parts[1]), version: "1.0")
            let key = PurlPattern.key(of: purl)
            #expect(clients.patterns.contains { $0.matches(key: key, version: purl.version) }, "\(artefact)")
        }
    }
}
