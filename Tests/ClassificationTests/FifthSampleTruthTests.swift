import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, fifth labelled sample: the stewards, levels and bindings its misses showed the bundled rules lacked,
/// the build-time trees (Vue Router 5's routing plugin, Emotion's Babel macro) that do not ship, and GraphQL at the
/// level of the application that declares it.
@Suite struct FifthSampleTruthTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    @Test func stewardsOfTheFifthSample() throws {
        let expected: [(String, String)] = [
            ("pkg:maven/org.digidoc4j/digidoc4j@6.1.1", "ria"),
            ("pkg:maven/org.digidoc4j.dss/dss-service@6.2.d4j.1", "ria"),
            ("pkg:swift/github.com/element-hq/element-call-swift@0.21.0", "element"),
            ("pkg:swift/github.com/vector-im/opus-swift@0.8.4", "element"),
            ("pkg:swift/github.com/PostHog/posthog-ios@3.64.7", "posthog"),
            ("pkg:swift/github.com/kylebrowning/APNSwift@3.2.0", "swift-server"),
            ("pkg:swift/github.com/MihaelIsaev/FCM@2.11.1", "independent"),
            ("pkg:swift/github.com/maplibre/maplibre-gl-native-distribution@6.27.0", "maplibre"),
            ("pkg:npm/maplibre-gl@4.7.1", "maplibre"),
            ("pkg:npm/%40grafana/faro-web-sdk@1.19.0", "grafana-labs"),
            ("pkg:npm/%40navikt/pino-logger@4.1.5", "nav"),
            ("pkg:npm/%40unleash/proxy-client-react@5.0.0", "unleash"),
            ("pkg:npm/unleash-client@6.6.0", "unleash"),
            // Individuals' packages, each named with its repository in the rule's note.
            ("pkg:npm/%40react-pdf/png-js@3.0.0", "independent"), ("pkg:npm/splitpanes@4.0.4", "independent"),
            ("pkg:npm/twig@1.13.3", "independent"), ("pkg:npm/consolidate@0.15.1", "independent"),
            ("pkg:swift/github.com/guoyingtao/Mantis@3.0.0", "independent"),
            ("pkg:swift/github.com/tevelee/SwiftUI-Flow@3.4.0", "independent"),
            ("pkg:swift/github.com/krzysztofzablocki/KZFileWatchers@1.2.0", "independent"),
            ("pkg:swift/github.com/SwiftPackageIndex/SemanticVersion@0.5.3", "independent"),
        ]
        for (purl, id) in expected {
            #expect(try match(purl).technology?.vendor == id, "\(purl)")
            #expect(classifier.rules.vendors[id]?.sources.isEmpty == false, "\(id) keeps its sources")
        }
        #expect(classifier.rules.vendors["ria"]?.bloc == .eu)
        #expect(classifier.rules.vendors["element"]?.bloc == .uk)
        #expect(classifier.rules.vendors["maplibre"]?.bloc == .international)
        // The NAV and Unleash rules name a steward only: their packages take the level of their use.
        #expect(try match("pkg:npm/%40navikt/pino-logger@4.1.5").technology?.level == nil)
        #expect(try match("pkg:npm/%40unleash/proxy-client-react@5.0.0").technology?.level == nil)
    }

    @Test func levelsOfWhatThePackagesAre() throws {
        let expected: [(String, StackLevel)] = [
            ("pkg:maven/org.jetbrains/annotations@26.1.0", .developmentTooling),
            ("pkg:swift/github.com/PostHog/posthog-ios@3.64.7", .opsSupport),
            ("pkg:npm/%40grafana/faro-web-sdk@1.19.0", .opsSupport),
            ("pkg:npm/sharp@0.34.3", .backend),
            ("pkg:npm/%40img/sharp-libvips-linuxmusl-x64@1.2.0", .backend),
            ("pkg:npm/%40emotion/babel-plugin@11.11.0", .developmentTooling),
        ]
        for (purl, level) in expected {
            #expect(try match(purl).technology?.level == level, "\(purl)")
        }
        // The rest of JetBrains' and Emotion's packages keep their rules.
        #expect(try match("pkg:maven/org.jetbrains/markdown@0.7.3").technology?.id == "jetbrains-libs")
        #expect(try match("pkg:npm/%40emotion/react@11.11.4").technology?.level == .frontend)
    }

    @Test func pushClientsBindToTheirServicesAndOpenServersBindNothing() throws {
        for purl in ["pkg:swift/github.com/vapor/apns@2.2.0", "pkg:swift/github.com/kylebrowning/APNSwift@3.2.0",
                     "pkg:swift/github.com/swift-server-community/APNSwift@6.0.1", "pkg:npm/%40parse/node-apn@6.0.1"] {
            #expect(try match(purl).binding?.platform == "Apple Push Notification service", "\(purl)")
        }
        #expect(try match("pkg:swift/github.com/MihaelIsaev/FCM@2.11.1").binding?.platform == "Firebase")
        #expect(try match("pkg:swift/github.com/PostHog/posthog-ios@3.64.7").binding == nil)
        #expect(try match("pkg:npm/%40grafana/faro-web-sdk@1.19.0").binding == nil)
    }

    /// Levels in a small system with the bundled rules.
    private func levels(_ purls: [String], direct: Set<String>, edges: [(String, String)]) throws
        -> [String: StackLevel?] {
        let system = SystemInventory(
            name: "s", root: "/s",
            components: try purls.enumerated().map { index, purl in
                try component(purl, scope: .runtime, direct: direct.contains(purl), firstParty: index == 0)
            },
            graph: DependencyGraph(edges: try edges.map { try edge($0.0, $0.1) }))
        let result = classifier.classify(system) { _ in nil }
        var levels: [String: StackLevel?] = [:]
        for purl in purls.dropFirst() {
            levels[purl] = try #require(result.classification(of: try PackageURL(parsing: purl))).level
        }
        return levels
    }

    /// Vue Router 5's file-based routing plugin needs unplugin at build time; Vue Router 4 has no such edge.
    @Test func vueRouterFivesRoutingPluginIsTooling() throws {
        let app = "pkg:npm/deck@1.0.0"
        let vue = "pkg:npm/vue@3.5.13", router = "pkg:npm/vue-router@5.0.4", oldRouter = "pkg:npm/vue-router@4.5.0"
        let unplugin = "pkg:npm/unplugin@3.0.0", remapping = "pkg:npm/%40jridgewell/remapping@2.3.5"
        let devtools = "pkg:npm/%40vue/devtools-api@7.7.2", oldUnplugin = "pkg:npm/unplugin@1.16.0"
        let result = try levels([app, vue, router, unplugin, remapping, devtools, oldRouter, oldUnplugin],
                                direct: [vue, router, oldRouter], edges: [
            (app, vue), (app, router), (app, oldRouter), (router, unplugin), (unplugin, remapping),
            (router, devtools), (oldRouter, oldUnplugin),
        ])
        #expect(result[unplugin] == .developmentTooling)
        #expect(result[remapping] == .developmentTooling)
        #expect(result[devtools] == .frontend)
        #expect(result[router] == .frontend)
        #expect(result[oldUnplugin] == .frontend, "the rule covers Vue Router 5 and later only")
    }

    /// @emotion/react declares its Babel plugin for the macro entry only: the macro machinery does not ship.
    @Test func emotionsBabelMacroIsTooling() throws {
        let app = "pkg:npm/admin@1.0.0"
        let react = "pkg:npm/%40emotion/react@11.11.4", plugin = "pkg:npm/%40emotion/babel-plugin@11.11.0"
        let macros = "pkg:npm/babel-plugin-macros@3.1.0", cosmiconfig = "pkg:npm/cosmiconfig@7.1.0"
        let cache = "pkg:npm/%40emotion/cache@11.11.0", findRoot = "pkg:npm/find-root@1.1.0"
        let result = try levels([app, react, plugin, macros, cosmiconfig, cache, findRoot], direct: [react], edges: [
            (app, react), (react, plugin), (plugin, macros), (macros, cosmiconfig), (react, cache), (plugin, findRoot),
        ])
        #expect(result[plugin] == .developmentTooling)
        #expect(result[findRoot] == .developmentTooling)
        #expect(result[macros] == .developmentTooling)
        #expect(result[cosmiconfig] == .developmentTooling)
        #expect(result[cache] == .frontend)
    }

    /// GraphQL has no level of its own (docs/methodology.md): Apollo Server in a Next.js project's server half is
    /// backend, Apollo Client in a React app is frontend; neither is middleware.
    @Test func graphQLTakesTheLevelOfTheApplicationThatDeclaresIt() throws {
        func levels(_ app: String, _ direct: [String], _ transitive: [(String, String)]) throws -> [String: StackLevel?] {
            let purls = [app] + direct + transitive.map(\.1)
            let system = SystemInventory(
                name: "s", root: "/s",
                components: try purls.map { try component($0, direct: direct.contains($0), firstParty: $0 == app) },
                graph: DependencyGraph(edges: try direct.map { try edge(app, $0) } + transitive.map { try edge($0.0, $0.1) }))
            let result = classifier.classify(system) { _ in nil }
            return try Dictionary(uniqueKeysWithValues: purls.map {
                ($0, try #require(result.classification(of: try PackageURL(parsing: $0))).level)
            })
        }
        let server = try levels("pkg:npm/sykmeldinger@1.0.0",
                                ["pkg:npm/next@15.3.0", "pkg:npm/react-dom@19.1.0", "pkg:npm/%40apollo/server@4.12.0",
                                 "pkg:npm/%40graphql-tools/schema@10.0.25"],
                                [("pkg:npm/%40graphql-tools/schema@10.0.25", "pkg:npm/%40graphql-tools/utils@10.8.6")])
        #expect(server["pkg:npm/%40apollo/server@4.12.0"] == .backend)
        #expect(server["pkg:npm/%40graphql-tools/schema@10.0.25"] == .backend)
        #expect(server["pkg:npm/%40graphql-tools/utils@10.8.6"] == .backend)
        let client = try levels("pkg:npm/web@1.0.0", ["pkg:npm/react-dom@19.1.0", "pkg:npm/%40apollo/client@3.13.8"],
                                [("pkg:npm/%40apollo/client@3.13.8", "pkg:npm/graphql@16.11.0")])
        #expect(client["pkg:npm/%40apollo/client@3.13.8"] == .frontend)
        #expect(client["pkg:npm/graphql@16.11.0"] == .frontend)
    }
}
