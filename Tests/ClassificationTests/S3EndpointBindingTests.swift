import Foundation
import Testing
@testable import Classification
import SovScanModel

/// An S3 client that the system points at an endpoint of its own (`Component.s3EndpointProperty`, set by the npm
/// cataloger) speaks to whichever S3-compatible store the deployment names: the AWS binding is optional, unless the
/// system uses other AWS services or binds AWS in another way (issue 15, fifteenth and sixteenth samples).
@Suite struct S3EndpointBindingTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    /// One npm project declaring `dependencies` (purl texts, each with its own children), marked as configuring its
    /// S3 endpoint when `endpoint` is given, plus `extra` components outside it.
    private func classify(_ dependencies: [String], children: [String: [String]] = [:], endpoint: String?,
                          extra: [Component] = []) throws -> ClassifiedSystem {
        let project = try PackageURL(parsing: "pkg:npm/api")
        var components = [Component(purl: project, ecosystem: .npm, name: "api", isFirstParty: true,
                                    properties: endpoint.map { [Component.s3EndpointProperty: $0] } ?? [:])]
        var edges: [DependencyEdge] = []
        for text in dependencies {
            let purl = try PackageURL(parsing: text)
            components.append(Component(purl: purl, ecosystem: .npm, group: purl.namespace, name: purl.name,
                                        version: purl.version, isDirect: true))
            edges.append(DependencyEdge(from: project, to: purl, scope: .runtime))
            for childText in children[text] ?? [] {
                let child = try PackageURL(parsing: childText)
                components.append(Component(purl: child, ecosystem: .npm, group: child.namespace, name: child.name,
                                            version: child.version))
                edges.append(DependencyEdge(from: purl, to: child, scope: .runtime))
            }
        }
        let system = SystemInventory(name: "api", root: "/api", components: components + extra,
                                     graph: DependencyGraph(edges: edges))
        return classifier.classify(system) { _ in nil }
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
}
