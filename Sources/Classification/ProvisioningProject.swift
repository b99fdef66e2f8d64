/// Recognises the system's own npm projects that are infrastructure as code (issue 15, fifteenth sample): a project
/// whose program creates the system's cloud resources when it is deployed, on a framework that synthesises
/// CloudFormation, Terraform or Kubernetes manifests or drives Pulumi's engine (the AWS CDK app in Opetushallitus'
/// `kayttooikeus/infra`, which `deploy-util.sh` runs with `cdk deploy`). Deployment and provisioning serve
/// operations, as CI/CD building blocks do, so the project and what only it declares are `ops-support`
/// (`LevelAssignment`), not the `backend` of a Node program; the SDK clients among them keep their bindings.
///
/// Only where nothing else says what the project is: a project that also declares a server or client framework is
/// an application with its deployment code beside it and keeps its side, and a framework declared for development
/// only does not ship at all.
enum ProvisioningProject {
    /// The infrastructure-as-code frameworks by npm name: the AWS CDK (v2 `aws-cdk-lib`, v1 `@aws-cdk/core`), CDK for
    /// Terraform, Pulumi's SDK and cdk8s.
    static let frameworks: Set<String> = ["aws-cdk-lib", "@aws-cdk/core", "cdktf", "@pulumi/pulumi", "cdk8s"]

    /// The words that make a project one, from the names of its shipping direct dependencies ("its dependency
    /// aws-cdk-lib"); `nil` when none is a framework of `frameworks` or one is a server or client framework.
    static func evidence(dependencies: [String]) -> String? {
        guard let framework = dependencies.filter(frameworks.contains).min(),
              !dependencies.contains(where: { AppKind.serverFrameworks.contains($0) || AppKind.clientFrameworks.contains($0) })
        else { return nil }
        return "its dependency \(framework)"
    }
}
