import SovScanModel
import Testing
@testable import Classification

/// A Maven archive of sources or documentation holds no code that runs (issue 15; modelled on NAV's melosys-api,
/// which declares its letter templates' generated `jaxb-sources` beside the compiled artefact).
@Suite struct SourceArchiveLevelTests {
    @Test func sourceAndDocumentationClassifiersAreKnown() throws {
        func classifier(_ text: String) throws -> String? {
            LevelAssignment.sourceArchiveClassifier(of: try PackageURL(parsing: text))
        }
        #expect(try classifier("pkg:maven/no.nav.dok/melosysbrev@1.2.154?classifier=jaxb-sources") == "jaxb-sources")
        #expect(try classifier("pkg:maven/org.example/lib@1.0?classifier=sources") == "sources")
        #expect(try classifier("pkg:maven/org.example/lib@1.0?classifier=javadoc") == "javadoc")
        // Compiled code: a platform build, tests (a test scope decides those), no classifier, another ecosystem.
        #expect(try classifier("pkg:maven/io.netty/netty-transport-native-epoll@4.1.100?classifier=linux-x86_64") == nil)
        #expect(try classifier("pkg:maven/org.example/lib@1.0?classifier=tests") == nil)
        #expect(try classifier("pkg:maven/org.example/lib@1.0") == nil)
        #expect(try classifier("pkg:npm/sources@1.0.0") == nil)
    }
}
