import Analysis
import Classification
import Foundation
import Reporting
import SovScanModel
import Testing
@testable import SovScanKit

/// Kubernetes manifests, Azure Pipelines and Terraform resource types through the whole pipeline: what binds a
/// system to a platform, and what stays a choice.
struct InfrastructureBindingTests {
    static let fixtures = InfrastructurePipelineTests.fixtures

    static let result: ScanResult = Scanner(options: ScanOptions()).run(paths: [
        fixtures + "/kubernetes", fixtures + "/azure-pipelines", fixtures + "/azure-estate", fixtures + "/aws-estate",
    ])

    /// The scanned folders, as systems are named.
    static let names = ["kubernetes", "azure-pipelines", "azure-estate", "aws-estate"]

    private func classification(_ purl: String, system: Int) throws -> Classification {
        let classified = try #require(Self.result.classified.first { $0.name == Self.names[system] })
        return try #require(classified.classifications.first { $0.purl.description == purl }, "\(purl)")
    }

    private func platforms(_ system: Int, level: StackLevel) throws -> [String] {
        let analysis = try #require(Self.result.analysis.systems.first { $0.name == Self.names[system] })
        return try #require(analysis.levels.first { $0.level == level }).units.filter(\.isBinding).map(\.name).sorted()
    }

    @Test func kubernetesEvidenceBindsToTheCloudsItNames() throws {
        #expect(try platforms(0, level: .cloudHosting) == ["AWS", "Azure", "Google Cloud"])
        #expect(try classification("pkg:generic/kubernetes/api/elbv2.k8s.aws/TargetGroupBinding", system: 0).binding?.platform == "AWS")
        #expect(try classification("pkg:generic/kubernetes/annotations/service.beta.kubernetes.io/aws", system: 0).binding?.platform == "AWS")
        #expect(try classification("pkg:generic/kubernetes/ingress/alb", system: 0).binding?.platform == "AWS")
        #expect(try classification("pkg:generic/kubernetes/annotations/azure.workload.identity", system: 0).binding?.platform == "Azure")
        #expect(try classification("pkg:generic/kubernetes/provisioners/disk.csi.azure.com", system: 0).binding?.platform == "Azure")
        #expect(try classification("pkg:generic/kubernetes/ingress/gce", system: 0).binding?.platform == "Google Cloud")
        #expect(try classification("pkg:generic/kubernetes/api/networking.gke.io/ManagedCertificate", system: 0).binding?.platform == "Google Cloud")
        let prometheus = try classification("pkg:generic/kubernetes/annotations/prometheus.io", system: 0)
        #expect(prometheus.binding == nil && prometheus.level == nil, "evidence of no provider counts nowhere")
    }

    @Test func openShiftKindsAreRedHatsPlatform() throws {
        let route = try classification("pkg:generic/kubernetes/api/route.openshift.io/Route", system: 0)
        #expect(route.binding?.platform == "Red Hat OpenShift")
        #expect(route.binding?.vendor?.id == "redhat")
        #expect(try platforms(0, level: .platform).contains("Red Hat OpenShift"))
        #expect(try classification("pkg:docker/registry.access.redhat.com/ubi9/nodejs-20@1-45", system: 0).vendor?.id == "redhat")
    }

    @Test func azurePipelinesAgentsAreMicrosoftsPlatformAndAzureTasksBindToAzure() throws {
        let agent = try classification("pkg:generic/dev.azure.com/hosted-agents/ubuntu-latest", system: 1)
        #expect(agent.binding?.platform == "Azure Pipelines (Microsoft-hosted agents)")
        #expect(agent.level == nil)
        #expect(try classification("pkg:generic/dev.azure.com/tasks/AzureWebApp@1", system: 1).binding?.platform == "Azure")
        let dotnet = try classification("pkg:generic/dev.azure.com/tasks/UseDotNet@2", system: 1)
        #expect(dotnet.level == .opsSupport)
        #expect(dotnet.vendor?.id == "microsoft")
        #expect(dotnet.binding == nil)
    }

    @Test func managedDatabasesBindWhileVirtualMachinesAreAChoice() throws {
        let postgres = try classification("pkg:generic/registry.terraform.io/hashicorp/azurerm/azurerm_postgresql_flexible_server", system: 2)
        #expect(postgres.binding?.platform == "Azure managed databases")
        #expect(postgres.binding?.kind == .database)
        let vm = try classification("pkg:generic/registry.terraform.io/hashicorp/azurerm/azurerm_linux_virtual_machine", system: 2)
        #expect(vm.binding == nil)
        #expect(vm.level == nil, "a resource type is a service: it counts only through a binding")
        #expect(try platforms(2, level: .platform) == ["Azure managed databases"])
        #expect(try classification("pkg:generic/registry.terraform.io/hashicorp/aws/aws_db_instance", system: 3).binding?.platform
                == "AWS managed databases")
        #expect(try classification("pkg:generic/registry.terraform.io/hashicorp/aws/aws_instance", system: 3).binding == nil)
    }

    @Test func thePortfolioShowsEachSystemsCloudsWithTheirJurisdiction() throws {
        let portfolio = try #require(Self.result.analysis.portfolio)
        #expect(portfolio.hosting.map(\.system).sorted() == Self.names.sorted())
        func clouds(_ system: String) throws -> [CloudUse] { try #require(portfolio.hosting.first { $0.system == system }).clouds }
        let kubernetes = try clouds("kubernetes")
        #expect(kubernetes.map(\.platform) == ["AWS", "Azure", "Google Cloud"])
        let aws = try #require(kubernetes.first)
        #expect(aws.vendor == "Amazon Web Services, Inc.")
        #expect(aws.country == "US")
        #expect(aws.bloc == .us)
        #expect(aws.evidence == ["container image", "kubernetes"])
        #expect(try clouds("azure-pipelines").map(\.platform) == ["Azure"])
        #expect(try clouds("azure-pipelines").first?.evidence == ["ci"])
        #expect(try clouds("azure-estate").map(\.platform) == ["Azure"])
        #expect(try clouds("azure-estate").first?.evidence == ["terraform"])
        let csv = String(decoding: HostingCSVWriter().write(Self.result.analysis), as: UTF8.self)
        #expect(csv.hasPrefix("system,platform,vendor,country,bloc,proprietary,evidence,components\r\n"))
        #expect(csv.contains("\r\nkubernetes,AWS,\"Amazon Web Services, Inc.\",US,US,true,container image;kubernetes,"), "\(csv)")
    }

    @Test func theHTMLAndMarkdownReportsListTheCloudsInEnglishAndDanish() throws {
        let input = ReportInput(inventory: Self.result.inventory, classifications: Self.result.classified,
                                analysis: Self.result.analysis)
        let context = ReportContext(toolVersion: "test", timestamp: Date(timeIntervalSince1970: 0))
        let danish = String(decoding: MarkdownSummaryWriter(language: .da).write(input, context: context), as: UTF8.self)
        #expect(danish.contains("### Cloud pr. system"))
        #expect(danish.contains("| System | Platform | Leverandør | Land | Jurisdiktion | Grundlag |"))
        #expect(danish.contains("| kubernetes | AWS | Amazon Web Services, Inc. | US | USA | containerimage, Kubernetes |"))
        let html = String(decoding: HTMLReportWriter().write(input, context: context), as: UTF8.self)
        #expect(html.contains("<h2 id=\"hosting-heading\">Clouds per system</h2><div class=\"scroll\"><table class=\"hosting-table\">"))
        #expect(html.contains("<th scope=\"row\"><bdi>azure-estate</bdi></th><td><bdi>Azure</bdi></td><td><bdi>Microsoft Corporation</bdi></td><td><bdi>US</bdi></td><td>United States</td>"))
    }

    @Test func privateRegistriesOfEuropeanCloudsBindAndProjectImagesHaveTheirSteward() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-registries-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            services:
              api: {image: rg.fr-par.scw.cloud/shop/api:1.2.0}
              worker: {image: swr.eu-de.otc.t-systems.com/shop/worker:1.2.0}
              ingress: {image: registry.k8s.io/ingress-nginx/controller:v1.11.2}
              metrics: {image: quay.io/prometheus/prometheus:v2.53.0}
            """.utf8).write(to: folder.appendingPathComponent("compose.yaml"))
        let result = Scanner(options: ScanOptions()).run(paths: [folder.path])
        let classified = try #require(result.classified.first)
        func find(_ purl: String) throws -> Classification {
            try #require(classified.classifications.first { $0.purl.description == purl }, "\(purl)")
        }
        #expect(try find("pkg:docker/rg.fr-par.scw.cloud/shop/api@1.2.0").binding?.platform == "Scaleway")
        #expect(try find("pkg:docker/swr.eu-de.otc.t-systems.com/shop/worker@1.2.0").binding?.platform == "Open Telekom Cloud")
        #expect(try find("pkg:docker/registry.k8s.io/ingress-nginx/controller@v1.11.2").vendor?.id == "cncf")
        #expect(try find("pkg:docker/quay.io/prometheus/prometheus@v2.53.0").level == .opsSupport)
        let clouds = SystemHosting(try #require(result.analysis.systems.first)).clouds
        #expect(clouds.map(\.platform) == ["Open Telekom Cloud", "Scaleway"])
        #expect(clouds.allSatisfy { $0.bloc == .eu && $0.evidence == ["container image"] })
    }

    @Test func aPortfolioDocumentWithoutHostingStillReads() throws {
        let portfolio = try #require(Self.result.analysis.portfolio)
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(portfolio)) as? [String: Any] ?? [:]
        #expect(json["hosting"] != nil)
        json["hosting"] = nil
        let older = try JSONDecoder().decode(PortfolioAnalysis.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(older.hosting.isEmpty)
        #expect(older.systems == portfolio.systems)
    }
}
