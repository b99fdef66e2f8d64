import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, vendor tail on SwiftPM: packages in the personal GitHub accounts of well-known Swift authors are
/// independent maintainers', a rule for one of their packages still wins, the Swift Server Workgroup's OpenAPI
/// transport is the workgroup's, and Ehcache is IBM's cache store (Terracotta went from Software AG to IBM in 2024).
@Suite struct SwiftStewardTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    @Test func personalAccountsOfKnownAuthorsAreIndependent() throws {
        for purl in ["pkg:swift/github.com/twostraws/CodeScanner@2.5.2", "pkg:swift/github.com/nicklockwood/LRUCache@1.2.0",
                     "pkg:swift/github.com/tsolomko/SWCompression@4.8.4", "pkg:swift/github.com/mergesort/Bodega@2.1.3",
                     "pkg:swift/github.com/gonzalezreal/NetworkImage@6.0.1"] {
            let rule = try match(purl).technology
            #expect(rule?.vendor == "independent", "\(purl)")
            #expect(rule?.level == nil, "\(purl): a utility family has no level of its own")
        }
        // A more specific rule keeps its level and steward.
        #expect(try match("pkg:swift/github.com/onevcat/Kingfisher@8.1.0").technology?.level == .frontend)
        #expect(try match("pkg:swift/github.com/krzysztofzablocki/Sourcery@2.2.5").technology?.level == .developmentTooling)
        #expect(try match("pkg:swift/github.com/onevcat/Rainbow@4.0.1").technology?.id == "swift-utils")
    }

    @Test func workgroupTransportAndEhcache() throws {
        let transport = try match("pkg:swift/github.com/swift-server/swift-openapi-async-http-client@1.5.0").technology
        #expect(transport?.vendor == "swift-server")
        #expect(try match("pkg:swift/github.com/apple/swift-openapi-runtime@1.7.0").technology?.vendor == "apple")
        let ehcache = try match("pkg:maven/org.ehcache/ehcache@3.10.8?classifier=jakarta").technology
        #expect(ehcache?.vendor == "ibm", "IBM's since 2024, not Software AG's (EU)")
        #expect(ehcache?.level == .database)
    }
}
