import SovScanModel

/// One thing a Kubernetes manifest (or a Helm template, as far as it can be read) says about what the system runs
/// and where.
public struct KubernetesEvidence: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The image of a container (`containers`, `initContainers`, `ephemeralContainers` of any workload, at any
        /// depth: Pod, Deployment, StatefulSet, DaemonSet, Job, CronJob, OpenShift DeploymentConfig, operators'
        /// kinds) or of an OpenShift `ImageStream` tag (`from.kind: DockerImage`).
        case image(String)
        /// A kind of an API group that is not Kubernetes' own (`elbv2.k8s.aws/TargetGroupBinding`,
        /// `route.openshift.io/Route`, `cloud.google.com/BackendConfig`).
        case apiKind(group: String, kind: String)
        /// The domain of an annotation or label key (`alb.ingress.kubernetes.io`, `azure.workload.identity`); for
        /// the domains Kubernetes shares between providers (`service.beta.kubernetes.io`) with the provider prefix
        /// of the name (`service.beta.kubernetes.io/aws` for `aws-load-balancer-type`).
        case annotation(String)
        /// An ingress class (`spec.ingressClassName`, the `kubernetes.io/ingress.class` annotation) or an
        /// `IngressClass`'s controller (`ingress.k8s.aws/alb`).
        case ingress(String)
        /// A `StorageClass` provisioner (`ebs.csi.aws.com`, `disk.csi.azure.com`).
        case provisioner(String)
    }

    public var kind: Kind
    /// `Kind/name` of the resource it was found in (`Deployment/api`).
    public var resource: String
    public var location: SourceLocation
}
