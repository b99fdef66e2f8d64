import Catalogers
import Foundation
import SovScanModel
import Testing

@Suite("Terraform/OpenTofu cataloger")
struct TerraformCatalogerTests {
    /// Providers and modules with their properties (resource types have their own test).
    private static func summary(_ result: CatalogResult) -> [String] {
        result.components.filter { $0.properties[Component.serviceProperty] == nil }.map { component in
            let properties = component.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return "\(component.purl) [\(properties.joined(separator: " | "))]"
        }.sorted()
    }

    @Test("Azure estate: the lock file decides versions, resources are listed per provider, local modules are own code")
    func azure() throws {
        let (result, files) = InfrastructureFixtures.catalog("azure-estate", with: TerraformCataloger())
        #expect(files.map(\.relativePath) == [".terraform.lock.hcl", "main.tf", "modules/network/main.tf", "versions.tf"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(Self.summary(result) == [
            "pkg:generic/registry.terraform.io/Azure/naming/azurerm@0.4.1 [terraform:module=naming | terraform:source=Azure/naming/azurerm]",
            "pkg:generic/registry.terraform.io/hashicorp/azuread@2.53.1 [terraform:constraint=>= 2.47.0 | terraform:hashes=2 | terraform:resources=data.azuread_client_config]",
            "pkg:generic/registry.terraform.io/hashicorp/azurerm@3.116.0 [terraform:constraint=~> 3.110 | terraform:hashes=3 | terraform:resources=azurerm_kubernetes_cluster, azurerm_linux_virtual_machine, azurerm_postgresql_flexible_server, azurerm_resource_group, azurerm_virtual_network]",
            "pkg:generic/registry.terraform.io/hashicorp/random@3.6.2 [terraform:hashes=1 | terraform:resources=random_password]",
        ])
        let azurerm = try #require(result.component("pkg:generic/registry.terraform.io/hashicorp/azurerm@3.116.0"))
        #expect(azurerm.locations.map(\.description) == [
            ".terraform.lock.hcl:13", "main.tf:13", "main.tf:19", "main.tf:33", "main.tf:50",
            "modules/network/main.tf:5", "versions.tf:6", "versions.tf:27",
        ])
        #expect(azurerm.ecosystem == .terraform)
        #expect(azurerm.isDirect)
        #expect(azurerm.group == "registry.terraform.io/hashicorp")
    }

    @Test("AWS estate: provider aliases, registry and git modules, heredoc user data")
    func aws() throws {
        let (result, _) = InfrastructureFixtures.catalog("aws-estate", with: TerraformCataloger())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.components.map(\.purl.description).sorted() == [
            "pkg:generic/registry.terraform.io/hashicorp/aws/aws_db_instance",
            "pkg:generic/registry.terraform.io/hashicorp/aws/aws_instance",
            "pkg:generic/registry.terraform.io/hashicorp/aws@5.62.0",
            "pkg:generic/registry.terraform.io/terraform-aws-modules/vpc/aws@5.8.1",
            "pkg:github/terraform-aws-modules/terraform-aws-rds@v6.5.4#modules/db_instance",
        ])
        let aws = try #require(result.component("pkg:generic/registry.terraform.io/hashicorp/aws@5.62.0"))
        #expect(aws.properties["terraform:resources"] == "aws_db_instance, aws_instance, data.aws_ami")
        #expect(aws.locations.compactMap(\.line) == [4, 4, 11, 15, 33, 39, 48])
    }

    @Test("European cloud under OpenTofu: a bare source is pinned by the OpenTofu registry's lock entry; an unlocked provider is unpinned")
    func hetzner() throws {
        let (result, _) = InfrastructureFixtures.catalog("hetzner", with: TerraformCataloger())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(Self.summary(result) == [
            "pkg:generic/registry.opentofu.org/hetznercloud/hcloud@1.48.1 [terraform:constraint=~> 1.48 | terraform:hashes=1 | terraform:resources=hcloud_network, hcloud_server]",
            "pkg:generic/registry.terraform.io/ovh/ovh [terraform:constraint=0.51.0 | terraform:resources=ovh_domain_zone_record | unpinned=true]",
        ])
    }

    @Test("resource types are services located at their blocks, under the provider that pins them; data sources are not")
    func resourceTypes() throws {
        let (result, _) = InfrastructureFixtures.catalog("hetzner", with: TerraformCataloger())
        let resources = result.components.filter { $0.properties[Component.serviceProperty] != nil }
        #expect(resources.map { "\($0.purl) \($0.locations.map(\.description).joined(separator: " "))" }.sorted() == [
            "pkg:generic/registry.opentofu.org/hetznercloud/hcloud/hcloud_network main.tf:19",
            "pkg:generic/registry.opentofu.org/hetznercloud/hcloud/hcloud_server main.tf:24",
            "pkg:generic/registry.terraform.io/ovh/ovh/ovh_domain_zone_record main.tf:35",
        ])
        #expect(resources.allSatisfy { $0.ecosystem == .terraform && $0.isDirect && $0.version == nil })
        #expect(resources.first?.properties["terraform:provider"] == "registry.opentofu.org/hetznercloud/hcloud")
        let (azure, _) = InfrastructureFixtures.catalog("azure-estate", with: TerraformCataloger())
        let types = azure.components.filter { $0.properties[Component.serviceProperty] != nil }.map(\.name).sorted()
        #expect(types == ["azurerm_kubernetes_cluster", "azurerm_linux_virtual_machine", "azurerm_postgresql_flexible_server",
                          "azurerm_resource_group", "azurerm_virtual_network", "random_password"])
    }

    @Test("a module's version range is a constraint, not a version")
    func moduleConstraints() {
        let text = """
            module "exact" {
              source  = "terraform-google-modules/gcloud/google"
              version = "= 3.4.1"
            }
            module "range" {
              source  = "terraform-google-modules/project-factory/google//modules/project_services"
              version = "~> 18.0"
            }
            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-tf-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/main.tf", contents: Data(text.utf8))
        let result = TerraformCataloger().catalog([ManifestFile(relativePath: "main.tf", kind: .terraformConfig)],
                                                  in: CatalogContext(root: folder))
        #expect(result.components.map(\.purl.description).sorted() == [
            "pkg:generic/registry.terraform.io/terraform-google-modules/gcloud/google@3.4.1",
            "pkg:generic/registry.terraform.io/terraform-google-modules/project-factory/google#modules/project_services",
        ])
        let range = result.components.first { $0.name == "google" && $0.version == nil }
        #expect(range?.properties["terraform:constraint"] == "~> 18.0")
        #expect(range?.properties["unpinned"] == "true")
    }

    @Test("provider addresses and module sources")
    func addresses() {
        #expect(TerraformProviderAddress("azurerm")?.description == "registry.terraform.io/hashicorp/azurerm")
        #expect(TerraformProviderAddress("Scaleway/Scaleway")?.description == "registry.terraform.io/scaleway/scaleway")
        #expect(TerraformProviderAddress("example.com/team/thing")?.hostnameWasWritten == true)
        #expect(TerraformProviderAddress("a/b/c/d") == nil)
        #expect(TerraformProviderAddress("a//c") == nil)
        let bare = TerraformProviderAddress("hashicorp/aws")!
        #expect(bare.isPinned(by: TerraformProviderAddress("registry.opentofu.org/hashicorp/aws")!))
        #expect(!TerraformProviderAddress("example.com/hashicorp/aws")!.isPinned(by: TerraformProviderAddress("registry.terraform.io/hashicorp/aws")!))
    }

    @Test("bad configurations give diagnostics with file and line; the rest is read")
    func bad() {
        let text = """
            terraform {
              required_providers {
                good = { source = "example/good" }
                computed = { source = var.source }
                broken = { source = "a/b/c/d" }
                wrong = 42
              }
            }
            module "m" {
              source = local.path
            }
            """
        let (config, diagnostics) = TerraformConfigReader.read(Array(text.utf8), file: "main.tf")
        #expect(config.requiredProviders.map(\.address.description) == ["registry.terraform.io/example/good"])
        #expect(diagnostics.map { "\($0.location?.line ?? 0) \($0.message)" } == [
            "4 provider computed: source must be a literal string",
            "5 provider broken: invalid source address a/b/c/d",
            "6 provider wrong: expected an object with source and version",
            "9 module m: source must be a literal string",
        ])
        let (locked, lockDiagnostics) = TerraformLockReader.read(Array("provider \"registry.terraform.io/x/y\" {\n}\n".utf8),
                                                                 file: ".terraform.lock.hcl")
        #expect(locked.isEmpty)
        #expect(lockDiagnostics.map { $0.location?.line } == [1])
    }
}

@Suite("Terraform workloads")
struct TerraformWorkloadTests {
    @Test("images of container blocks at any depth, with their resource; a computed image is a warning")
    func images() throws {
        let (result, _) = InfrastructureFixtures.catalog("terraform-workloads", with: TerraformCataloger())
        let images = result.components.filter { $0.purl.type == "docker" }
        #expect(images.map { "\($0.purl) \($0.locations.map(\.description).joined()) \($0.properties["terraform:resource"] ?? "")" }.sorted() == [
            "pkg:docker/europe-north1-docker.pkg.dev/kommune/jobs/runner@7 main.tf:54:7 google_cloud_run_v2_service.jobs",
            "pkg:docker/ghcr.io/example-kommune/web-migrations@4.1.0 main.tf:19:11 kubernetes_deployment_v1.web",
            "pkg:docker/kommune.azurecr.io/api@2.0.3 main.tf:42:7 azurerm_container_app.api",
            "pkg:docker/nginxinc/nginx-unprivileged@1.27-alpine main.tf:23:11 kubernetes_deployment_v1.web",
        ])
        #expect(images.allSatisfy { $0.ecosystem == .container && $0.scope == .runtime && $0.isDirect })
        #expect(result.diagnostics.map(\.description) == [
            "main.tf:27:11: warning: kubernetes_deployment_v1.web: the image is computed; it is known only when Terraform runs",
        ])
    }
}
