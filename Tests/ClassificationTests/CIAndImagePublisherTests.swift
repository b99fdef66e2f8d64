import Testing
@testable import Classification
import SovScanModel

/// The publishers of the GitHub Actions, container images and npm scopes that the labelled sets' workflows, compose files and
/// manifests use most (twelfth session: 404 of 957 shipped actions and 296 of 602 images had no vendor). Each
/// purl is one a set's repository uses; the vendor is the organisation that publishes it (sources in the rules).
@Suite struct CIAndImagePublisherTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func vendors(_ purls: [String: Ecosystem]) throws -> [String: String] {
        let system = SystemInventory(name: "s", root: "/s", components: try purls.map { text, ecosystem in
            let purl = try PackageURL(parsing: text)
            return Component(purl: purl, ecosystem: ecosystem, group: purl.namespace, name: purl.name, version: purl.version,
                             isDirect: true)
        })
        let result = classifier.classify(system) { _ in nil }
        var found: [String: String] = [:]
        for text in purls.keys {
            found[text] = result.classification(of: try PackageURL(parsing: text))?.vendor?.id ?? "unknown"
        }
        return found
    }

    @Test func publicBodiesAndCompaniesActionsAreTheirs() throws {
        let found = try vendors([
            "pkg:github/ministryofjustice/hmpps-github-actions@v2#.github/workflows/security_npm_dependency.yml": .ci,
            "pkg:github/navikt/fp-gha-workflows@main#.github/workflows/build-app.yml": .ci,
            "pkg:github/socialgouv/workflows@v1": .ci,
            "pkg:github/codecov/codecov-action@v5": .ci,
            "pkg:github/sonarsource/sonarqube-scan-action@v5": .ci,
            "pkg:github/eu-digital-identity-wallet/eudi-infra-ci@main": .ci,
            "pkg:github/slackapi/slack-github-action@v2": .ci,
        ])
        #expect(found == [
            "pkg:github/ministryofjustice/hmpps-github-actions@v2#.github/workflows/security_npm_dependency.yml": "moj",
            "pkg:github/navikt/fp-gha-workflows@main#.github/workflows/build-app.yml": "nav",
            "pkg:github/socialgouv/workflows@v1": "socialgouv",
            "pkg:github/codecov/codecov-action@v5": "sentry",
            "pkg:github/sonarsource/sonarqube-scan-action@v5": "sonarsource",
            "pkg:github/eu-digital-identity-wallet/eudi-infra-ci@main": "european-commission",
            "pkg:github/slackapi/slack-github-action@v2": "salesforce",
        ])
    }

    @Test func containerImagesOfKnownPublishers() throws {
        let found = try vendors([
            "pkg:docker/library/nginx@1.27.5-alpine3.21": .container,
            "pkg:docker/nginxinc/nginx-unprivileged@1.27": .container,
            "pkg:docker/apache/kafka@4.1.1": .container,
            "pkg:docker/quay.io/keycloak/keycloak@26.0": .container,
            "pkg:docker/quay.io/apicurio/apicurio-registry@3.0.6": .container,
            "pkg:docker/ghcr.io/dependencytrack/apiserver@4.13.2": .container,
            "pkg:docker/ghcr.io/ministryofjustice/hmpps-devops-tools@latest": .container,
        ])
        #expect(found == [
            "pkg:docker/library/nginx@1.27.5-alpine3.21": "f5",
            "pkg:docker/nginxinc/nginx-unprivileged@1.27": "f5",
            "pkg:docker/apache/kafka@4.1.1": "apache",
            "pkg:docker/quay.io/keycloak/keycloak@26.0": "cncf",
            "pkg:docker/quay.io/apicurio/apicurio-registry@3.0.6": "redhat",
            "pkg:docker/ghcr.io/dependencytrack/apiserver@4.13.2": "owasp",
            "pkg:docker/ghcr.io/ministryofjustice/hmpps-devops-tools@latest": "moj",
        ])
    }

    /// Distroless's Node.js, Java and Python images carry a language runtime; java-base carries only the libraries
    /// one needs (no /usr/lib/jvm), so it stays a base image with static, base and cc.
    @Test func distrolessImagesWithARuntimeAreTheLanguage() throws {
        let images = ["nodejs22-debian12", "java17-debian12", "java21-debian12:nonroot", "python3-debian12",
                      "java-base-debian12", "static-debian12", "cc-debian12"]
        let system = SystemInventory(name: "s", root: "/s", components: try images.map { image in
            let purl = try PackageURL(parsing: "pkg:docker/gcr.io/distroless/\(image.split(separator: ":")[0])@latest")
            return Component(purl: purl, ecosystem: .container, group: purl.namespace, name: purl.name,
                             version: purl.version, isDirect: true)
        })
        let result = classifier.classify(system) { _ in nil }
        var rules: [String: String] = [:]
        for component in system.components {
            rules[component.name] = result.classification(of: component.purl)?.technologyRule ?? "none"
        }
        #expect(rules == [
            "nodejs22-debian12": "image-distroless-runtimes", "java17-debian12": "image-distroless-runtimes",
            "java21-debian12": "image-distroless-runtimes", "python3-debian12": "image-distroless-runtimes",
            "java-base-debian12": "image-distroless", "static-debian12": "image-distroless",
            "cc-debian12": "image-distroless",
        ])
    }

    /// Docker Hub's nginxinc organisation is F5's, but not every image in it is nginx: the Prometheus exporter is
    /// Apache-2.0 (https://github.com/nginx/nginx-prometheus-exporter), so only nginx's own image carries nginx's
    /// rule, level and BSD-2-Clause licence.
    @Test func onlyNginxItselfTakesNginxsLicence() throws {
        let images = ["pkg:docker/nginxinc/nginx-unprivileged@1.27", "pkg:docker/nginxinc/nginx-prometheus-exporter@1.4"]
        let system = SystemInventory(name: "s", root: "/s", components: try images.map { text in
            let purl = try PackageURL(parsing: text)
            return Component(purl: purl, ecosystem: .container, group: purl.namespace, name: purl.name,
                             version: purl.version, isDirect: true)
        })
        let result = classifier.classify(system) { _ in nil }
        let nginx = try #require(result.classification(of: try PackageURL(parsing: images[0])))
        #expect(nginx.technologyRule == "image-nginx" && nginx.vendor?.id == "f5" && nginx.level == .middleware)
        let exporter = try #require(result.classification(of: try PackageURL(parsing: images[1])))
        #expect(exporter.technologyRule == "image-nginxinc" && exporter.vendor?.id == "f5" && exporter.level != .middleware,
                "\(exporter.explanation.map(\.description))")
        let rules = RuleSet.load(directories: [bundledRules]).rules
        #expect(rules.technologies.first { $0.id == "image-nginxinc" }?.license == nil)
    }

    @Test func companiesAndPublicBodiesNpmScopes() throws {
        let found = try vendors([
            "pkg:npm/%40nextcloud/vue@8.20.0": .npm,
            "pkg:npm/%40bugsnag/js@7.25.0": .npm,
            "pkg:npm/%40ministryofjustice/frontend@3.3.1": .npm,
            "pkg:npm/%40patternfly/react-core@5.4.0": .npm,
            "pkg:npm/%40typescript/typescript-linux-x64@7.0.2": .npm,
        ])
        #expect(found == [
            "pkg:npm/%40nextcloud/vue@8.20.0": "nextcloud",
            "pkg:npm/%40bugsnag/js@7.25.0": "smartbear",
            "pkg:npm/%40ministryofjustice/frontend@3.3.1": "moj",
            "pkg:npm/%40patternfly/react-core@5.4.0": "redhat",
            "pkg:npm/%40typescript/typescript-linux-x64@7.0.2": "microsoft",
        ])
    }
}
