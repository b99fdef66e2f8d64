import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15: one technology has one level whichever ecosystem packages it.
@Suite struct CrossEcosystemLevelTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    /// The Java services of the labelled sets exchange messages with Protocol Buffers (middleware); the npm and
    /// Swift runtimes come with what uses them (an OpenTelemetry exporter, an app's own messages) and take its level
    /// (the twenty-first and twenty-second samples; `TwentySecondSampleTruthTests`).
    @Test func protocolBuffersAreMiddlewareInJavaAndTakeTheirUsersLevelElsewhere() throws {
        for purl in ["pkg:maven/com.google.protobuf/protobuf-java@3.25.5",
                     "pkg:maven/com.google.protobuf/protobuf-java-util@3.25.5"] {
            #expect(classifier.match(try PackageURL(parsing: purl)).technology?.level == .middleware, "\(purl)")
        }
        for purl in ["pkg:npm/protobufjs@7.4.0", "pkg:npm/google-protobuf@3.21.4",
                     "pkg:swift/github.com/apple/swift-protobuf@1.28.2"] {
            let technology = classifier.match(try PackageURL(parsing: purl)).technology
            #expect(technology != nil && technology?.level == nil, "\(purl)")
        }
        // Guava's family keeps no level of its own.
        #expect(classifier.match(try PackageURL(parsing: "pkg:maven/com.google.guava/guava@33.3.1-jre")).technology?.level == nil)
    }
}
