import SovScanModel

/// What a system's container images say beyond themselves: the registries they are pulled from and the operating
/// systems they are built on, each a service component located at every image line that names it, so rules can
/// give them an operator or vendor, a country and a bloc (`Rules/technologies/infrastructure.yml`). Being
/// services, they count in no share: the images count.
/// - a registry: `pkg:generic/container-registries/<host>` (`docker.io`, `mcr.microsoft.com`,
///   `123456789012.dkr.ecr.eu-west-1.amazonaws.com`);
/// - a base OS: `pkg:generic/operating-systems/<id>@<release>` (`debian@12`, `alpine@3.20`, `rhel-ubi@9`).
public enum ContainerImageEvidence {
    /// The image property holding the base OS id (`ContainerBaseOS.id`).
    public static let baseOSProperty = "image:base-os"
    /// The image property holding the base OS release, when known.
    public static let baseOSVersionProperty = "image:base-os-version"

    /// The registry and base OS components of `components`' container images, sorted by purl.
    public static func components(for components: [Component]) -> [Component] {
        var found: [PackageURL: Component] = [:]
        func add(_ purl: PackageURL?, name: String, group: String, version: String?, service: String, image: Component) {
            guard let purl else { return }
            if found[purl] == nil {
                found[purl] = Component(purl: purl, ecosystem: .container, group: group, name: name, version: version,
                                        scope: .runtime, isDirect: true, locations: [],
                                        properties: [Component.serviceProperty: service])
            }
            found[purl]?.locations += image.locations
        }
        for image in components where image.purl.type == "docker" && image.ships {
            if let registry = image.properties["image:registry"] {
                add(try? PackageURL(type: "generic", namespace: "container-registries", name: registry),
                    name: registry, group: "container-registries", version: nil,
                    service: "container registry \(registry)", image: image)
            }
            if let os = image.properties[baseOSProperty] {
                let version = image.properties[baseOSVersionProperty]
                add(try? PackageURL(type: "generic", namespace: "operating-systems", name: os, version: version),
                    name: os, group: "operating-systems", version: version,
                    service: "base operating system of container images", image: image)
            }
        }
        return found.values.map { component in
            var component = component
            component.locations = Array(Set(component.locations)).sorted()
            return component
        }.sorted { $0.purl < $1.purl }
    }
}
