/// Recognises the system's own npm projects that are infrastructure as code (issue 15, fifteenth sample): a project
/// whose program creates the system's cloud resources when it is deployed, on a framework that synthesises
/// CloudFormation, Terraform or Kubernetes manifests or drives Pulumi's engine (the AWS CDK app in Opetushallitus'
/// `kayttooikeus/infra`, which `deploy-util.sh` runs with `cdk deploy`). Deployment and provisioning serve
/// operations, as CI/CD building blocks do, so the project and what only it declares are `ops-support`
/// (`LevelAssignment`), not the `backend` of a Node program; the SDK clients among them keep their bindings.
///
/// Only where nothing else says what the project is: a project that also declares a server or client framework (a
/// client framework also among its development dependencies, where bundled apps declare it), or Lambda handler
/// code (Middy, Powertools for AWS Lambda, the serverless Express adapters, or `@types/aws-lambda` for its
/// handlers' types), is an application with its deployment code beside it and keeps its side; an
/// infrastructure-as-code framework declared for development only does not ship at all.
enum ProvisioningProject {
    /// The infrastructure-as-code frameworks by npm name: the AWS CDK (v2 `aws-cdk-lib`, v1 `@aws-cdk/core`), CDK for
    /// Terraform, Pulumi's SDK and cdk8s.
    static let frameworks: Set<String> = ["aws-cdk-lib", "@aws-cdk/core", "cdktf", "@pulumi/pulumi", "cdk8s"]

    /// Packages that show a project holds the handlers of serverless functions, not only their deployment.
    static let functionCode: Set<String> = [
        "@middy/core", "serverless-http", "@vendia/serverless-express", "@codegenie/serverless-express",
        "aws-serverless-express", "@types/aws-lambda",
    ]

    /// The words that make a project one, from the names of its shipping direct dependencies ("its dependency
    /// aws-cdk-lib") and of those it declares for development only; `nil` when none is a framework of `frameworks`,
    /// or the project shows application code (see above).
    static func evidence(dependencies: [String], developmentDependencies: [String] = []) -> String? {
        guard let framework = dependencies.filter(frameworks.contains).min(),
              !dependencies.contains(where: { AppKind.serverFrameworks.contains($0) || AppKind.clientFrameworks.contains($0) }),
              !developmentDependencies.contains(where: AppKind.clientFrameworks.contains),
              !(dependencies + developmentDependencies).contains(where: { name in
                  functionCode.contains(name) || name.hasPrefix("@aws-lambda-powertools/")
              })
        else { return nil }
        return "its dependency \(framework)"
    }
}
