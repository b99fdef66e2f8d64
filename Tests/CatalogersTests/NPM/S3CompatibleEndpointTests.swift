@testable import Catalogers
import SovScanModel
import Testing

/// An npm project that points its S3 client at an endpoint of its own is marked (`S3CompatibleEndpoint`): the
/// endpoint option of `new S3Client(...)` in a shipping file, or `forcePathStyle: true`; not an endpoint named
/// elsewhere, and not what only a test does.
@Suite struct S3CompatibleEndpointTests {
    @Test func theClientsOptionsSayIt() {
        #expect(S3CompatibleEndpoint.evidence(in: "new S3Client({ endpoint: S3_ENDPOINT, region })")
                    == "an endpoint option of new S3Client")
        #expect(S3CompatibleEndpoint.evidence(in: "new S3Client({\n  endpoint,\n  region: 'eu'\n})")
                    == "an endpoint option of new S3Client")
        #expect(S3CompatibleEndpoint.evidence(in: "new S3Client({ region: r, credentials: { endpoint: 1 } })")
                    == "an endpoint option of new S3Client", "nested options are read too")
        #expect(S3CompatibleEndpoint.evidence(in: "const c = new S3Client(config); const o = { forcePathStyle: true }")
                    == "forcePathStyle: true")
        #expect(S3CompatibleEndpoint.evidence(in: "new S3Client({ region }); const endpoint = 'https://api'") == nil)
        #expect(S3CompatibleEndpoint.evidence(in: "new S3Client({ endpointProvider: p })") == nil)
        #expect(S3CompatibleEndpoint.evidence(in: "new S3Client(") == nil, "an unclosed call is read to its end")
        #expect(S3CompatibleEndpoint.evidence(in: "forcePathStyle: false") == nil)
    }

    /// The API's storage class passes the endpoint it is given; the reports project names an endpoint only beside
    /// a default client, and its test file's MinIO client does not count.
    @Test func projectsAreMarkedByTheirShippingFiles() throws {
        let result = NPMFixtures.catalog("s3-endpoint")
        let api = try #require(result.component("pkg:npm/api"))
        #expect(api.properties[Component.s3EndpointProperty]
                    == "an endpoint option of new S3Client in api/src/storage/objectStorage.js")
        let reports = try #require(result.component("pkg:npm/reports"))
        #expect(reports.properties[Component.s3EndpointProperty] == nil)
    }
}
