import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15: clients of secrets managers bind the system to that manager (kind `secrets`), clients of Google Tag
/// Manager bind it to Google's tag service, and product analytics SDKs are operations support on every ecosystem.
@Suite struct SecretsAndAnalyticsBindingTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    @Test func secretsManagerClientsBindToTheirManager() throws {
        let expected: [(String, String, Bool)] = [
            ("pkg:maven/org.springframework.cloud/spring-cloud-starter-vault-config@4.1.3", "HashiCorp Vault", false),
            ("pkg:maven/org.springframework.cloud/spring-cloud-vault-config@4.1.3", "HashiCorp Vault", false),
            ("pkg:maven/org.springframework.vault/spring-vault-core@3.1.2", "HashiCorp Vault", false),
            ("pkg:maven/io.github.jopenlibs/vault-java-driver@6.2.0", "HashiCorp Vault", false),
            ("pkg:npm/node-vault@0.10.2", "HashiCorp Vault", false),
            ("pkg:npm/%40infisical/sdk@5.0.2", "Infisical", false),
            ("pkg:npm/%40dopplerhq/node-sdk@1.3.0", "Doppler", true),
            ("pkg:npm/%401password/sdk@0.5.0", "1Password", true),
        ]
        for (purl, platform, proprietary) in expected {
            let binding = try #require(try match(purl).binding, "\(purl)")
            #expect(binding.platform == platform, "\(purl)")
            #expect(binding.kind == .secrets, "\(purl)")
            #expect(binding.proprietary == proprietary, "\(purl)")
        }
        // Spring Cloud Vault stays Spring's backend technology; the other Spring Cloud modules bind nothing.
        let vault = try match("pkg:maven/org.springframework.cloud/spring-cloud-starter-vault-config@4.1.3")
        #expect(vault.technology?.vendor == "broadcom")
        #expect(vault.technology?.level == .backend)
        #expect(try match("pkg:maven/org.springframework.cloud/spring-cloud-starter-config@4.1.3").binding == nil)
        #expect(try match("pkg:npm/%401password/sdk@0.5.0").technology?.vendor == "1password")
        // Community clients are their authors', not the platform's company's.
        #expect(try match("pkg:npm/node-vault@0.10.2").technology?.vendor == "independent")
        #expect(try match("pkg:maven/io.github.jopenlibs/vault-java-driver@6.2.0").technology?.vendor == "independent")
    }

    @Test func tagManagerAndProductAnalyticsAreOperationsSupport() throws {
        let gtm = try match("pkg:swift/github.com/googleanalytics/google-tag-manager-ios-sdk@9.0.0")
        #expect(gtm.binding?.platform == "Google Tag Manager")
        #expect(gtm.binding?.kind == .analytics)
        #expect(gtm.technology?.vendor == "google")
        #expect(gtm.technology?.level == .opsSupport)
        let reactGTM = try match("pkg:npm/react-gtm-module@2.0.11")
        #expect(reactGTM.binding?.platform == "Google Tag Manager")
        #expect(reactGTM.technology?.vendor == "independent")
        #expect(reactGTM.technology?.level == .opsSupport)
        for purl in ["pkg:swift/github.com/TelemetryDeck/SwiftSDK@2.11.0", "pkg:swift/github.com/mixpanel/mixpanel-swift@4.3.0",
                     "pkg:swift/github.com/amplitude/Amplitude-Swift@1.11.0",
                     "pkg:swift/github.com/segmentio/analytics-swift@1.7.0", "pkg:npm/%40amplitude/analytics-browser@2.11.0"] {
            #expect(try match(purl).technology?.level == .opsSupport, "\(purl)")
        }
    }
}
