import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15: rules fixed after the ninth sample's blind measurement, each settled by a source (the rule notes): the
/// stewards of GOV.UK One Login's packages, iProov, ReadID, JCraft, Ignite Realtime, Bürokratt, NL Design System,
/// Intlify and pillarjs' CSRF tokens; iProov's and ReadID's services and Cloudflare Tunnel as bindings; Vue's
/// template compilers, Astro's checker and MDX integration and Soto's code generator as build tooling; a project under a `ci` folder as tooling.
@Suite struct NinthSampleTruthTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    @Test func stewards() throws {
        let expected: [(String, String)] = [
            ("pkg:swift/github.com/govuk-one-login/mobile-ios-common@2.19.1", "gds"),
            ("pkg:swift/github.com/iProov/ios@13.1.0", "iproov"),
            ("pkg:swift/readid/ui@4.123.0", "inverid"),
            ("pkg:maven/com.jcraft/jzlib@1.1.3", "jcraft"),
            ("pkg:maven/org.igniterealtime/tinder@2.1.0", "igniterealtime"),
            ("pkg:npm/%40buerokratt-ria/styles@0.0.1", "ria"),
            ("pkg:npm/%40nl-design-system-candidate/link-css@2.0.3", "nl-design-system"),
            ("pkg:npm/%40intlify/shared@9.12.1", "independent"),
            ("pkg:npm/csrf@3.1.0", "openjs"),
        ]
        for (purl, vendor) in expected { #expect(try match(purl).technology?.vendor == vendor, "\(purl)") }
    }

    @Test func identityServicesAndTunnelsAreBindings() throws {
        #expect(try match("pkg:swift/github.com/iProov/ios@13.1.0").binding?.platform == "iProov")
        #expect(try match("pkg:swift/readid/ui@4.123.0").binding?.kind == .identity)
        let tunnel = try match("pkg:npm/node-cloudflared-tunnel@1.0.10")
        #expect(tunnel.binding?.platform == "Cloudflare")
        #expect(tunnel.technology?.level == .opsSupport)
    }

    @Test func templateCompilersAndCodeGeneratorsAreBuildTooling() throws {
        for purl in ["pkg:npm/%40vue/compiler-core@3.4.22", "pkg:npm/%40vue/compiler-sfc@3.4.22",
                     "pkg:npm/vue-template-compiler@2.7.16", "pkg:swift/github.com/soto-project/soto-codegenerator@7.8.4",
                     "pkg:npm/%40astrojs/check@0.9.6", "pkg:npm/%40astrojs/mdx@4.3.13"] {
            #expect(try match(purl).technology?.level == .developmentTooling, "\(purl)")
        }
        #expect(try match("pkg:npm/%40vue/runtime-dom@3.4.22").technology?.level == .frontend)
        let generator = try #require(try match("pkg:swift/github.com/soto-project/soto-codegenerator@7.8.4").technology)
        #expect(generator.buildTime?.covers(
            from: try PackageURL(parsing: "pkg:swift/github.com/soto-project/soto-codegenerator@7.8.4"),
            to: try PackageURL(parsing: "pkg:swift/github.com/hummingbird-project/swift-mustache@2.0.2")) == true)
        // Soto's runtime stays the server's.
        #expect(try match("pkg:swift/github.com/soto-project/soto-core@7.13.0").technology?.level == nil)
    }

    @Test func aProjectUnderACiFolderIsTooling() throws {
        // Openfire's CI update runner (build/ci/updater) declares older database drivers than the server.
        var updater = try component("pkg:maven/org.igniterealtime.openfire/updater@5.0.0", firstParty: true)
        updater.locations = [SourceLocation(file: "build/ci/updater/pom.xml", line: 1)]
        #expect(ToolingProject.isTooling(updater))
        #expect(!ToolingProject.isToolingName("civic"))
    }
}
