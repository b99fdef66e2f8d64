import SovScanModel
import Testing
@testable import Classification

/// An npm project that is infrastructure as code (an AWS CDK, CDK for Terraform, Pulumi or cdk8s program and no
/// server or client framework) provisions the system's cloud resources at deploy time: the project and what only it
/// declares serve operations (`ops-support`), while its SDK clients keep their binding (issue 15, fifteenth sample:
/// Opetushallitus' `kayttooikeus/infra`, whose ten rows were labelled `ops-support`).
@Suite struct ProvisioningProjectLevelTests: ScansFixtures {
    /// Modelled on kayttooikeus: a CDK app in `infra/` beside an Express service, plus a Lambda project that keeps
    /// its CDK stack in the same `package.json` as its Fastify handler.
    @Test func whatOnlyInfrastructureCodeDeclaresServesOperations() throws {
        let (_, result) = try scan("npm-levels/cdk-infra")
        func item(_ purl: String) throws -> Classification {
            try #require(result.classifications.first {
                let text = $0.purl.description.lowercased()
                return text == purl || text.hasPrefix(purl + "@")
            }, "\(purl)")
        }
        func level(_ purl: String) throws -> StackLevel? { try item(purl).level }
        let cdk = try item("pkg:npm/aws-cdk-lib@2.128.0")
        #expect(cdk.level == .opsSupport)
        #expect(cdk.explanation.first { $0.fact == "level" }?.reason
                    == "declared only by infrastructure code infra (by its dependency aws-cdk-lib): operations support")
        #expect(try level("pkg:npm/infra") == .opsSupport)
        // The trees below it inherit: aws-cdk-lib's bundled helpers, the STS client's Smithy packages.
        #expect(try level("pkg:npm/case") == .opsSupport)
        #expect(try level("pkg:npm/%40smithy/hash-node") == .opsSupport)
        let sts = try item("pkg:npm/%40aws-sdk/client-sts")
        #expect(sts.level == .opsSupport && sts.binding?.platform == "AWS")
        // A tool keeps its rule's level; what the service declares too runs in the service.
        #expect(try level("pkg:npm/ts-node") == .developmentTooling)
        #expect(try level("pkg:npm/yaml") == .backend)
        // A project with a server framework beside its CDK stack is the application: it keeps its side.
        #expect(try level("pkg:npm/aws-cdk-lib@2.130.0") == .backend)
        #expect(try level("pkg:npm/uuid") == .backend)
    }

    @Test func evidenceNeedsAFrameworkAndNoApplicationFramework() {
        #expect(ProvisioningProject.evidence(dependencies: ["constructs", "aws-cdk-lib"]) == "its dependency aws-cdk-lib")
        #expect(ProvisioningProject.evidence(dependencies: ["@pulumi/pulumi", "@pulumi/aws"]) == "its dependency @pulumi/pulumi")
        #expect(ProvisioningProject.evidence(dependencies: ["cdktf", "constructs"]) == "its dependency cdktf")
        #expect(ProvisioningProject.evidence(dependencies: ["aws-cdk-lib", "express"]) == nil)
        #expect(ProvisioningProject.evidence(dependencies: ["aws-cdk-lib", "react-dom"]) == nil)
        #expect(ProvisioningProject.evidence(dependencies: ["@aws-sdk/client-s3", "constructs"]) == nil)
        // Application code beside the stack: a bundled client framework, Lambda handlers' libraries or types.
        #expect(ProvisioningProject.evidence(dependencies: ["aws-cdk-lib"], developmentDependencies: ["svelte"]) == nil)
        #expect(ProvisioningProject.evidence(dependencies: ["aws-cdk-lib"], developmentDependencies: ["@types/aws-lambda"]) == nil)
        #expect(ProvisioningProject.evidence(dependencies: ["aws-cdk-lib", "@aws-lambda-powertools/logger"]) == nil)
        #expect(ProvisioningProject.evidence(dependencies: ["aws-cdk-lib"], developmentDependencies: ["typescript"])
                    == "its dependency aws-cdk-lib")
    }

    /// A CDK app whose Lambda handlers live in the same package.json (NodejsFunction entries, no server framework)
    /// is the application: Middy and zod run in the Lambda, not at deploy time.
    @Test func cdkAppWithLambdaHandlersIsNotOnlyOperations() throws {
        let (_, result) = try scan("npm-levels/cdk-cases/cdk-lambda")
        for name in ["pkg:npm/%40middy/core", "pkg:npm/zod"] {
            let (level, reason) = try level(result, name)
            #expect(level == .backend, "\(name): \(reason)")
        }
    }

    /// A Svelte site (svelte and @sveltejs/kit declared for development, as Svelte apps do; AppKind counts them as
    /// client evidence) with its CDK deployment stack in the same package.json is a client app, not infrastructure code.
    @Test func svelteSiteWithCdkStackStaysFrontend() throws {
        let (_, result) = try scan("npm-levels/cdk-cases/svelte-cdk")
        #expect(try level(result, "pkg:npm/date-fns").0 == .frontend)
        let site = try #require(result.classifications.first { $0.purl.description == "pkg:npm/site" })
        #expect(site.level == .frontend)
    }
}
