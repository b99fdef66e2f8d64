import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15: what the twenty-first and twenty-second blind samples settled, each by a source (the rule notes):
/// serialisation libraries take the level of what uses them, generators and browser drivers are tooling, a level is
/// inherited only along edges that run, and the stewards and bindings no rule knew.
@Suite struct TwentySecondSampleTruthTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    @Test func protocolBuffersRuntimesHaveNoLevelOfTheirOwnOutsideJava() throws {
        for purl in ["pkg:npm/protobufjs@7.4.0", "pkg:npm/@protobufjs/utf8@1.1.0", "pkg:npm/google-protobuf@3.21.4",
                     "pkg:npm/@bufbuild/protobuf@2.2.0", "pkg:swift/github.com/apple/swift-protobuf@1.28.1"] {
            let rule = try #require(try match(purl).technology, "\(purl)")
            #expect(rule.level == nil, "\(purl)")
        }
        // The Java services of the labelled sets exchange their messages with it: middleware stays.
        #expect(try match("pkg:maven/com.google.protobuf/protobuf-java@3.25.5").technology?.level == .middleware)
    }

    @Test func toolsDeclaredInShippingScopes() throws {
        for purl in ["pkg:npm/chromedriver@103.0.0", "pkg:npm/openapi-typescript@6.7.6", "pkg:npm/@hey-api/openapi-ts@0.80.0",
                     "pkg:npm/cpx2@8.0.0", "pkg:npm/react-native-version@4.0.0", "pkg:npm/exit-on-epipe@1.0.1",
                     "pkg:maven/org.kohsuke.metainf-services/metainf-services@1.8",
                     "pkg:maven/io.quarkiverse.helm/quarkus-helm@1.4.2", "pkg:swift/github.com/hamcrest/OCHamcrest@9.1.1"] {
            #expect(try match(purl).technology?.level == .developmentTooling, "\(purl)")
        }
        // tinyglobby is a glob library of no tool's project: Vite and TypeORM both use it.
        let glob = try #require(try match("pkg:npm/tinyglobby@0.2.17").technology)
        #expect(glob.level == nil && glob.vendor == "independent")
        #expect(try match("pkg:maven/io.quarkus/quarkus-hibernate-search-standalone-elasticsearch@3.27.0").technology?.level == .database)
        #expect(try match("pkg:maven/org.hibernate.search/hibernate-search-engine@7.2.1.Final").technology?.level == .database)
        #expect(try match("pkg:maven/com.microsoft.onnxruntime/onnxruntime@1.22.0").technology?.level == .dataTechnology)
    }

    @Test func stewardsAndBindings() throws {
        let expected: [(String, String)] = [
            ("pkg:npm/react-native-pager-view@5.4.25", "callstack"),
            ("pkg:npm/@storybook/global@5.0.0", "chroma"),
            ("pkg:npm/@ampproject/remapping@2.3.0", "openjs"),
            ("pkg:npm/destroy@1.2.0", "independent"),
            ("pkg:npm/raw-body@2.5.2", "independent"),
            ("pkg:npm/send@0.18.0", "openjs"),
            ("pkg:npm/exit-on-epipe@1.0.1", "sheetjs"),
            ("pkg:swift/github.com/Tiqr/tiqr-app-core-ios@1.0.0", "surf"),
            ("pkg:swift/github.com/Flipboard/FLAnimatedImage@1.0.17", "flipboard"),
            ("pkg:swift/github.com/saltyrtc/chunked-dc-swift@1.0.0", "threema"),
            ("pkg:maven/org.fedorahosted.tennera/jgettext@0.15.1", "redhat"),
            ("pkg:maven/net.klakegg.pkix/pkix-ocsp@0.9.1", "independent"),
        ]
        for (purl, vendor) in expected { #expect(try match(purl).technology?.vendor == vendor, "\(purl)") }
        #expect(try match("pkg:maven/io.quarkiverse.githubapi/quarkus-github-api@1.330.0").binding?.platform == "GitHub")
    }

    /// The twenty-third and twenty-fourth samples' stewards, bindings and UI kits (post-blind).
    @Test func walletLibrariesPublicBodiesAndUIKits() throws {
        let expected: [(String, String)] = [
            ("pkg:swift/github.com/torusresearch/customauth-swift-sdk@6.0.1", "web3auth"),
            ("pkg:swift/github.com/gnosis/SwiftCryptoTokenFormatter@1.1.1", "gnosis"),
            ("pkg:swift/github.com/argentlabs/web3.swift@0.9.3", "argent"),
            ("pkg:swift/github.com/datatheorem/TrustKit@1.7.0", "datatheorem"),
            ("pkg:swift/github.com/WalletConnect/WalletConnectSwift@1.7.0", "reown"),
            ("pkg:swift/github.com/helsingborg-stad/spm-daisy@1.0.7", "helsingborg-stad"),
            ("pkg:maven/uk.gov.companieshouse/structured-logging@3.0.0", "companies-house"),
            ("pkg:npm/@logto/react@4.0.13", "silverhand"),
            ("pkg:npm/@types/json-schema@7.0.15", "microsoft"),
            ("pkg:npm/vite-compatible-readable-stream@3.6.1", "independent"),
        ]
        for (purl, vendor) in expected { #expect(try match(purl).technology?.vendor == vendor, "\(purl)") }
        #expect(try match("pkg:swift/github.com/torusresearch/torus-utils-swift@5.0.0").binding?.platform == "Web3Auth")
        #expect(try match("pkg:npm/@vonage/messages@1.18.0").binding?.platform == "Vonage")
        #expect(try match("pkg:npm/@inkeep/cxkit-react@0.5.66").binding?.platform == "Inkeep")
        #expect(try match("pkg:npm/reactotron-core-client@2.8.9").technology?.level == .developmentTooling)
        for purl in ["pkg:npm/@patternfly/react-styles@6.5.1", "pkg:npm/victory-canvas@37.3.6"] {
            #expect(try match(purl).technology?.level == .frontend, "\(purl)")
        }
    }

    /// Modelled on BC Government's FOM: its NestJS API loads its entities through TypeORM's glob (tinyglobby ->
    /// fdir), and its Angular apps declare @angular/localize, whose extraction commands also use tinyglobby. The
    /// glob runs with TypeORM; the edge from @angular/localize is build time and passes no level on.
    @Test func aLevelIsInheritedOnlyAlongEdgesThatRun() throws {
        let api = "pkg:npm/fom-api@1.0.0"
        let purls = [api, "pkg:npm/@angular/localize@22.1.2", "pkg:npm/typeorm@0.3.27", "pkg:npm/tinyglobby@0.2.17",
                     "pkg:npm/fdir@6.5.0", "pkg:npm/handlebars@4.7.9", "pkg:npm/neo-async@2.6.2", "pkg:npm/source-map@0.6.1"]
        let direct: Set = ["pkg:npm/@angular/localize@22.1.2", "pkg:npm/typeorm@0.3.27", "pkg:npm/handlebars@4.7.9"]
        let system = SystemInventory(
            name: "s", root: "/s",
            components: try purls.map { try component($0, direct: direct.contains($0), firstParty: $0 == api) },
            graph: DependencyGraph(edges: [
                try edge(api, "pkg:npm/@angular/localize@22.1.2"), try edge(api, "pkg:npm/typeorm@0.3.27"),
                try edge(api, "pkg:npm/handlebars@4.7.9"),
                try edge("pkg:npm/@angular/localize@22.1.2", "pkg:npm/tinyglobby@0.2.17"),
                try edge("pkg:npm/typeorm@0.3.27", "pkg:npm/tinyglobby@0.2.17"),
                try edge("pkg:npm/tinyglobby@0.2.17", "pkg:npm/fdir@6.5.0"),
                try edge("pkg:npm/handlebars@4.7.9", "pkg:npm/neo-async@2.6.2"),
                try edge("pkg:npm/handlebars@4.7.9", "pkg:npm/source-map@0.6.1"),
            ]))
        let result = classifier.classify(system) { _ in nil }
        func level(_ purl: String) throws -> (StackLevel?, String) {
            let item = try #require(result.classification(of: try PackageURL(parsing: purl)))
            return (item.level, item.explanation.first { $0.fact == "level" }?.reason ?? "")
        }
        for purl in ["pkg:npm/tinyglobby@0.2.17", "pkg:npm/fdir@6.5.0"] {
            let (found, why) = try level(purl)
            #expect(found == .database, "\(purl): \(why)")
            #expect(why.contains("typeorm"), "\(why)")
        }
        // Handlebars' precompiler alone loads neo-async; `Handlebars.compile` needs source-map.
        #expect(try level("pkg:npm/neo-async@2.6.2").0 == .developmentTooling)
        #expect(try level("pkg:npm/source-map@0.6.1").0 == .backend)
    }
}
