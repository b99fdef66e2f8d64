import Foundation
import Testing
@testable import Catalogers
import SovScanModel

/// A Swift package that points Soto's S3 client at an endpoint of its own and creates no other Soto service is
/// marked (`SotoS3Endpoint`; issue 15, Vernissage's server in set 9).
@Suite struct SotoS3EndpointTests {
    @Test func theEvidenceIsAnS3ClientWithAnEndpointAndNoOtherService() {
        let custom = "import SotoS3\nlet s3 = S3(client: awsClient, endpoint: settings.s3Address)"
        #expect(SotoS3Endpoint.evidence(in: custom) == .endpoint)
        let both = "import SotoS3\nS3(client: aws, region: .init(rawValue: r))\nS3(client: aws,\n   endpoint: address)"
        #expect(SotoS3Endpoint.evidence(in: both) == .endpoint, "one of two clients at a configured endpoint")
        #expect(SotoS3Endpoint.evidence(in: "import SotoS3\nS3(client: aws, region: .euwest1)") == nil)
        #expect(SotoS3Endpoint.evidence(in: "import SotoDynamoDB\nlet db = DynamoDB(client: aws, region: .euwest1)") == .otherService)
        #expect(SotoS3Endpoint.evidence(in: "import Vapor\nS3(client: aws, endpoint: e)") == nil, "no Soto import")
    }

    private func package(_ sources: [String: String]) throws -> TemporaryTree {
        var files = sources
        files["Package.swift"] = """
        // swift-tools-version:5.9
        import PackageDescription
        let package = Package(
            name: "Gallery",
            dependencies: [.package(url: "https://github.com/soto-project/soto.git", from: "7.0.0")],
            targets: [.executableTarget(name: "Gallery", dependencies: [.product(name: "SotoS3", package: "soto")])]
        )
        """
        return try TemporaryTree(files)
    }

    @Test func aPackageIsMarkedByItsSources() throws {
        let tree = try package(["Sources/Gallery/Storage.swift": "import SotoS3\nlet s3 = S3(client: aws, endpoint: url)"])
        defer { tree.remove() }
        let root = try #require(SwiftPMFixtures.catalog(folder: tree.root.path).component("pkg:swift/local/Gallery"))
        #expect(root.properties[Component.s3EndpointProperty] == "S3(client:endpoint:) in Sources/Gallery/Storage.swift")
    }

    @Test func anotherSotoServiceKeepsThePackageUnmarked() throws {
        let tree = try package([
            "Sources/Gallery/Storage.swift": "import SotoS3\nlet s3 = S3(client: aws, endpoint: url)",
            "Sources/Gallery/Mail.swift": "import SotoSES\nlet ses = SES(client: aws, region: .euwest1)",
        ])
        defer { tree.remove() }
        let root = try #require(SwiftPMFixtures.catalog(folder: tree.root.path).component("pkg:swift/local/Gallery"))
        #expect(root.properties[Component.s3EndpointProperty] == nil)
    }
}
