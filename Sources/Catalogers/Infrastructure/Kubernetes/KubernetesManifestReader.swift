import Foundation
import SovScanModel
import Yams

/// Reads Kubernetes manifests: every document of a multi-document file (and the `items` of a `List`), for
/// `KubernetesEvidence`. A Helm template is read after `HelmTemplateText.blanked`: what it writes literally is
/// evidence like any manifest's; an image set by a template expression is a note (the chart's `values.yaml`
/// images are read by the Helm cataloger), and a template that is not YAML even then is a warning naming what
/// could not be read.
public enum KubernetesManifestReader {
    /// API groups of Kubernetes itself: their kinds say nothing about a provider.
    static let builtInGroups: Set<String> = ["", "apps", "batch", "autoscaling", "policy", "extensions"]
    /// Annotation and label domains of Kubernetes and Helm themselves.
    static let neutralDomains: Set<String> = ["kubernetes.io", "k8s.io", "helm.sh", "meta.helm.sh"]
    /// Domains Kubernetes shares between cloud providers, whose key names start with the provider
    /// (`service.beta.kubernetes.io/aws-load-balancer-type`).
    static let sharedDomains: Set<String> = ["service.beta.kubernetes.io", "service.kubernetes.io"]
    static let containerLists: Set<String> = ["containers", "initContainers", "ephemeralContainers"]

    public static func read(_ bytes: [UInt8], file: String) -> (evidence: [KubernetesEvidence], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let template = HelmTemplateText.isTemplate(bytes)
        let text = template ? HelmTemplateText.blanked(bytes) : bytes
        var problems: [Diagnostic] = []
        let documents = InfrastructureYAML.composeAll(text, file: file, diagnostics: &problems)
        if template {
            diagnostics += problems.map {
                Diagnostic(.warning, "a Helm template that is not YAML until it is rendered (\($0.message)); what follows this line is not read (the chart's values.yaml images are)",
                           at: $0.location ?? SourceLocation(file: file))
            }
        } else {
            diagnostics += problems
        }
        var evidence: [KubernetesEvidence] = []
        var pending = documents.reversed().map { $0 }
        while let document = pending.popLast() {
            let fields = members(document)
            if let items = fields["items"]?.sequence, NPMYAML.text(fields["kind"]) == "List" {
                pending += items.reversed()
                continue
            }
            evidence += read(document: document, file: file, diagnostics: &diagnostics)
        }
        return (evidence, diagnostics)
    }

    private static func read(document: Node, file: String, diagnostics: inout [Diagnostic]) -> [KubernetesEvidence] {
        let fields = members(document)
        guard let kind = NPMYAML.text(fields["kind"]), let apiVersion = NPMYAML.text(fields["apiVersion"]) else { return [] }
        let name = NPMYAML.text(members(fields["metadata"])["name"]) ?? "?"
        let resource = shown("\(kind)/\(name)")
        var result: [KubernetesEvidence] = []
        func add(_ evidence: KubernetesEvidence.Kind, _ node: Node?) {
            result.append(KubernetesEvidence(kind: evidence, resource: resource,
                                             location: node.map { NPMYAML.location(of: $0, file: file) } ?? SourceLocation(file: file)))
        }
        func image(_ node: Node) {
            guard let text = NPMYAML.text(node), !text.isEmpty else { return }
            if isTemplated(text) {
                diagnostics.append(Diagnostic(.note, "\(resource): the image \(shown(text)) is set by a template expression; it is known only when the chart is rendered (values.yaml images are read)",
                                              at: NPMYAML.location(of: node, file: file),
                                              detail: DiagnosticDetail(.templatedImage, [resource])))
            } else {
                add(.image(text), node)
            }
        }
        let group = apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
        if !isKubernetesOwn(group: group), !isTemplated(group), !isTemplated(kind) {
            add(.apiKind(group: group, kind: kind), fields["kind"])
        }
        if kind == "StorageClass", let provisioner = fields["provisioner"], let text = literal(provisioner) {
            add(.provisioner(text), provisioner)
        }
        if kind == "IngressClass", let controller = members(fields["spec"])["controller"], let text = literal(controller) {
            add(.ingress(text), controller)
        }
        if kind == "ImageStream" {
            for tag in members(fields["spec"])["tags"]?.sequence.map(Array.init) ?? [] {
                let from = members(members(tag)["from"])
                if NPMYAML.text(from["kind"]) == "DockerImage", let name = from["name"] {
                    image(name)
                }
            }
        }
        // Containers, metadata and ingress classes at any depth (pod templates, job templates, operators' kinds).
        var pending: [Node] = [document]
        while let node = pending.popLast() {
            if let sequence = node.sequence { pending += sequence.reversed() }
            for member in NPMYAML.members(of: node).reversed() {
                switch member.key {
                case _ where containerLists.contains(member.key):
                    for container in member.value.sequence.map(Array.init) ?? [] {
                        if let node = members(container)["image"] { image(node) }
                    }
                case "metadata":
                    for list in ["annotations", "labels"] {
                        for entry in NPMYAML.members(of: members(member.value)[list]) {
                            if let domain = annotationEvidence(entry.key) { add(.annotation(domain), entry.keyNode) }
                            if entry.key == "kubernetes.io/ingress.class", let text = literal(entry.value) {
                                add(.ingress(text), entry.value)
                            }
                        }
                    }
                case "ingressClassName":
                    if let text = literal(member.value) { add(.ingress(text), member.value) }
                default:
                    pending.append(member.value)
                }
            }
        }
        return result
    }

    /// The evidence a key of an annotation or label gives: its domain, with the provider prefix for shared
    /// domains; `nil` for keys without a domain and for Kubernetes' and Helm's own.
    public static func annotationEvidence(_ key: String) -> String? {
        guard let slash = key.firstIndex(of: "/"), !isTemplated(key) else { return nil }
        let domain = key[..<slash].lowercased()
        let name = key[key.index(after: slash)...]
        // A DNS name, as Kubernetes requires of key prefixes (policy engines' anchors such as `(x.io/y)` are not keys).
        guard domain.contains("."), !name.isEmpty,
              domain.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        if sharedDomains.contains(domain) {
            guard let provider = name.split(separator: "-").first, provider.count < name.count else { return nil }
            return domain + "/" + provider.lowercased()
        }
        if neutralDomains.contains(domain) { return nil }
        let ownSuffix = [".kubernetes.io", ".k8s.io"].contains { domain.hasSuffix($0) }
        // Ingress controllers' domains (alb.ingress.kubernetes.io) name a provider; the rest of Kubernetes' do not.
        if ownSuffix, !domain.hasSuffix(".ingress.kubernetes.io") { return nil }
        return domain
    }

    static func isKubernetesOwn(group: String) -> Bool {
        builtInGroups.contains(group) || group.hasSuffix(".k8s.io")
    }

    private static func members(_ node: Node?) -> [String: Node] {
        Dictionary(NPMYAML.members(of: node).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    private static func literal(_ node: Node) -> String? {
        guard let text = NPMYAML.text(node), !text.isEmpty, !isTemplated(text) else { return nil }
        return text
    }

    private static func isTemplated(_ text: String) -> Bool { text.contains(HelmTemplateText.placeholder) }

    private static func shown(_ text: String) -> String {
        text.replacingOccurrences(of: HelmTemplateText.placeholder, with: "{{…}}")
    }
}
