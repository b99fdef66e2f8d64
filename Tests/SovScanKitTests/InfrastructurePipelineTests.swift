import Analysis
import Classification
import Foundation
import SovScanModel
import Testing
@testable import SovScanKit

/// The whole pipeline on the infrastructure fixtures (Terraform estates for Azure, AWS and Hetzner, containers,
/// GitHub Actions, GitLab CI, Azure Pipelines, Kubernetes manifests for EKS, AKS, GKE and OpenShift) scanned as
/// one system: STIL's Infrastruktur rows fill from this evidence.
struct InfrastructurePipelineTests {
    static let fixtures = CommandLineTests.repositoryRoot
        .appendingPathComponent("Tests/CatalogersTests/Fixtures/infrastructure").path

    static let result: ScanResult = Scanner(options: ScanOptions()).run(paths: [fixtures])

    private func classification(_ purl: String) throws -> Classification {
        let system = try #require(Self.result.classified.first)
        return try #require(system.classifications.first { $0.purl.description == purl }, "\(purl)")
    }

    @Test func terraformProvidersAreCloudBindingsWithTheirJurisdiction() throws {
        let analysis = try #require(Self.result.analysis.systems.first)
        let cloud = try #require(analysis.levels.first { $0.level == .cloudHosting })
        #expect(cloud.units.filter(\.isBinding).map(\.name) == ["AWS", "Azure", "Google Cloud", "Hetzner Cloud", "OVHcloud"])
        #expect(cloud.count.notOSS == 5)
        let blocs = Dictionary(analysis.bindings.map { ($0.platform, $0.bloc.rawValue) }, uniquingKeysWith: { a, _ in a })
        #expect(blocs["Azure"] == "US")
        #expect(blocs["Hetzner Cloud"] == "EU")
        #expect(blocs["OVHcloud"] == "EU")
        let azurerm = try classification("pkg:generic/registry.terraform.io/hashicorp/azurerm@3.116.0")
        #expect(azurerm.binding?.platform == "Azure")
        #expect(azurerm.vendor?.id == "microsoft")
        #expect(azurerm.level == nil, "a provider counts through its binding, not as a unit of its own")
        let hcloud = try classification("pkg:generic/registry.opentofu.org/hetznercloud/hcloud@1.48.1")
        #expect(hcloud.binding?.platform == "Hetzner Cloud")
        #expect(hcloud.vendor?.country == "DE")
    }

    @Test func hashicorpProvidersAreMPLKnownByRuleWhileTheirServiceStaysProprietary() throws {
        let azurerm = try classification("pkg:generic/registry.terraform.io/hashicorp/azurerm@3.116.0")
        #expect(azurerm.license.category == .weakCopyleft)
        #expect(azurerm.isOSS == true)
        #expect(azurerm.binding?.proprietary == true)
        #expect(azurerm.vendor?.id == "microsoft", "the provider rule names no vendor: the binding's stands")
        let decision = try #require(azurerm.explanation.first { $0.fact == "license" })
        #expect(decision.rule == "terraform-providers-hashicorp")
        #expect(decision.reason.contains("known by rule"))
        #expect(decision.reason.contains("https://www.hashicorp.com/license-faq"))
        let hcloud = try classification("pkg:generic/registry.opentofu.org/hetznercloud/hcloud@1.48.1")
        #expect(hcloud.license.category == .weakCopyleft, "Hetzner's provider is MPL-2.0 by its repository's licence")
        #expect(hcloud.explanation.first { $0.fact == "license" }?.rule == "terraform-providers-european-mpl")
        #expect(hcloud.binding?.proprietary == true, "the cloud it drives stays a proprietary service")
    }

    @Test func hostedRunnersAreGitHubsPlatformAndActionsAreOpsSupport() throws {
        let analysis = try #require(Self.result.analysis.systems.first)
        let platform = try #require(analysis.levels.first { $0.level == .platform })
        #expect(platform.units.contains { $0.isBinding && $0.name == "GitHub-hosted runners" })
        let runner = try classification("pkg:generic/github.com/hosted-runners/ubuntu-latest")
        #expect(runner.level == nil)
        #expect(runner.binding?.vendor?.id == "github")
        let checkout = try classification("pkg:github/actions/checkout@v4")
        #expect(checkout.level == .opsSupport)
        #expect(checkout.vendor?.id == "github")
        let template = try classification("pkg:generic/gitlab.com/gitlab-org/gitlab/ci-templates#Jobs/SAST.gitlab-ci.yml")
        #expect(template.vendor?.id == "gitlab")
        #expect(template.level == .opsSupport)
    }

    @Test func imagesTakeTheirLevelFromWhatTheyRun() throws {
        #expect(try classification("pkg:docker/library/postgres@16.3-alpine").level == .database)
        #expect(try classification("pkg:docker/registry.access.redhat.com/ubi9/ubi-minimal@9.4").vendor?.id == "redhat")
        #expect(try classification("pkg:docker/registry.access.redhat.com/ubi9/ubi-minimal@9.4").level == .platform)
        #expect(try classification("pkg:docker/mcr.microsoft.com/dotnet/aspnet@8.0-jammy-chiseled").vendor?.id == "microsoft")
        #expect(try classification("pkg:docker/quay.io/oauth2-proxy/oauth2-proxy").level == .platform,
                "an image without a rule runs the system: platform")
        #expect(try classification("pkg:docker/mcr.microsoft.com/dotnet/sdk@8.0").level == .developmentTooling,
                "a build stage's base image does not ship")
    }

    @Test func everyInfrastructureComponentNamesItsFileAndLine() throws {
        let system = try #require(Self.result.inventory.systems.first)
        let infrastructure = system.components.filter { [.container, .ci, .terraform].contains($0.ecosystem) }
        #expect(infrastructure.count > 30)
        #expect(infrastructure.allSatisfy { !$0.locations.isEmpty && $0.locations.allSatisfy { $0.line != nil } })
        let azurerm = try #require(system.components.first { $0.purl.description.contains("hashicorp/azurerm@") })
        #expect(azurerm.locations.contains(SourceLocation(file: "azure-estate/versions.tf", line: 27)),
                "the provider block")
    }
}
