import Foundation
import Testing
@testable import Catalogers
import SovScanModel

/// A Maven module that points its AWS SDK S3 client at an endpoint of its own is marked (`JavaS3Endpoint`), from its
/// shipping sources only (issue 15: Corona-Warn-App's distribution service, Vernissage's Swift twin).
@Suite struct JavaS3EndpointTests {
    @Test func theEvidenceIsAnEndpointOrPathStyleOnAnS3Client() {
        let v2 = "import software.amazon.awssdk.services.s3.S3Client;\nS3Client.builder().endpointOverride(URI.create(url)).build();"
        #expect(JavaS3Endpoint.evidence(in: v2) == "endpointOverride")
        let v1 = "import com.amazonaws.services.s3.AmazonS3ClientBuilder;\nAmazonS3ClientBuilder.standard()\n  .withEndpointConfiguration(new EndpointConfiguration(url, region))"
        #expect(JavaS3Endpoint.evidence(in: v1) == "withEndpointConfiguration")
        let kotlin = "import software.amazon.awssdk.services.s3.S3Client\nS3Client.builder().forcePathStyle(true).build()"
        #expect(JavaS3Endpoint.evidence(in: kotlin) == "path-style access")
        #expect(JavaS3Endpoint.evidence(in: "import software.amazon.awssdk.services.s3.S3Client;\n.forcePathStyle(false)") == nil)
        // Kotlin's scope functions call the builder's methods without a dot.
        let scoped = "import software.amazon.awssdk.services.s3.S3Client\nS3Client.builder().apply {\n    endpointOverride(URI(e))\n}.build()"
        #expect(JavaS3Endpoint.evidence(in: scoped) == "endpointOverride")
        #expect(JavaS3Endpoint.evidence(in: "import software.amazon.awssdk.services.s3.S3Client\nbuilder.apply { forcePathStyle(true) }")
                    == "path-style access")
        #expect(JavaS3Endpoint.evidence(in: "import software.amazon.awssdk.services.s3.S3Client;\nmyEndpointOverride(x)") == nil)
        #expect(JavaS3Endpoint.evidence(in: "import software.amazon.awssdk.services.s3.S3Client;\nS3Client.builder().region(r).build();") == nil,
                "a client at AWS's own endpoint")
        #expect(JavaS3Endpoint.evidence(in: "import software.amazon.awssdk.services.sqs.SqsClient;\nSqsClient.builder().endpointOverride(u)") == nil,
                "another service's endpoint says nothing of S3")
    }

    /// `storage` gives its client an endpoint in a shipping file; `reports` only in a test (a LocalStack container),
    /// and `web` declares no S3 client at all.
    @Test func modulesAreMarkedByTheirShippingSources() throws {
        func module(_ name: String, s3: Bool) -> String {
            """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <parent><groupId>dk.example</groupId><artifactId>parent</artifactId><version>1.0</version></parent>
              <artifactId>\(name)</artifactId>
              <dependencies>
                \(s3 ? "<dependency><groupId>software.amazon.awssdk</groupId><artifactId>s3</artifactId><version>2.25.0</version></dependency>" : "")
              </dependencies>
            </project>
            """
        }
        let client = "import software.amazon.awssdk.services.s3.S3Client;\nclass C { S3Client c = S3Client.builder()%@.build(); }"
        let tree = try TemporaryTree([
            "pom.xml": """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>dk.example</groupId><artifactId>parent</artifactId><version>1.0</version><packaging>pom</packaging>
              <modules><module>storage</module><module>reports</module><module>web</module></modules>
            </project>
            """,
            "storage/pom.xml": module("storage", s3: true),
            // A Java package may be called `build`: the source folder is walked whole.
            "storage/src/main/java/dk/example/build/Store.java": client.replacingOccurrences(of: "%@", with: ".endpointOverride(endpoint)"),
            "reports/pom.xml": module("reports", s3: true),
            "reports/src/main/java/dk/example/Reports.java": client.replacingOccurrences(of: "%@", with: ".region(region)"),
            "reports/src/test/java/dk/example/ReportsTest.java": client.replacingOccurrences(of: "%@", with: ".endpointOverride(localstack)"),
            "web/pom.xml": module("web", s3: false),
            "web/src/main/java/dk/example/Web.java": client.replacingOccurrences(of: "%@", with: ".endpointOverride(endpoint)"),
        ])
        defer { tree.remove() }
        let root = tree.root.path
        let repository = tree.root.appendingPathComponent("m2").path
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        let manifests = Discovery().manifests(under: root).files
        let result = MavenCataloger().catalog(manifests, in: CatalogContext(root: root, options: CatalogOptions(mavenRepository: repository)))
        let storage = try #require(result.component("pkg:maven/dk.example/storage@1.0"))
        #expect(storage.properties[Component.s3EndpointProperty] == "endpointOverride in storage/src/main/java/dk/example/build/Store.java")
        #expect(try #require(result.component("pkg:maven/dk.example/reports@1.0")).properties[Component.s3EndpointProperty] == nil)
        #expect(try #require(result.component("pkg:maven/dk.example/web@1.0")).properties[Component.s3EndpointProperty] == nil,
                "a module that declares no S3 client is not read")
    }
}
