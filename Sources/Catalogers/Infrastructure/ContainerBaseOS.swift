/// The operating system an image is built on, where its name or tag says so: official OS images (`alpine:3.20`,
/// `debian:bookworm-slim`, `ubuntu:24.04`), tag suffixes (`node:20-alpine3.19`, `python:3.12-slim-bookworm`,
/// `eclipse-temurin:21-jre-noble`, `dotnet/aspnet:8.0-jammy-chiseled`), Red Hat's UBI (`ubi9/openjdk-17`,
/// `:17-ubi9`), Google's distroless (`gcr.io/distroless/java21-debian12`), Chainguard's Wolfi
/// (`cgr.dev/chainguard/*`), Amazon Linux and Windows container bases. Nothing is guessed beyond the name and tag:
/// `nginx:1.27` names no OS (its Dockerfile upstream does, which the scan cannot see).
public struct ContainerBaseOS: Sendable, Hashable {
    /// `alpine`, `debian`, `ubuntu`, `rhel-ubi`, `distroless`, `wolfi`, `amazonlinux`, `windows-server`,
    /// `azure-linux`, `centos`, `fedora`, `oraclelinux`, `rockylinux`, `almalinux`, `opensuse-leap`.
    public var id: String
    /// The release when the name or tag gives it (`3.20`, `12`, `24.04`, `9`); `nil` when it does not.
    public var version: String?

    /// Debian's and Ubuntu's release code names with their version numbers.
    static let codeNames: [(name: String, os: String, version: String)] = [
        ("buster", "debian", "10"), ("bullseye", "debian", "11"), ("bookworm", "debian", "12"), ("trixie", "debian", "13"),
        ("bionic", "ubuntu", "18.04"), ("focal", "ubuntu", "20.04"), ("jammy", "ubuntu", "22.04"), ("noble", "ubuntu", "24.04"),
    ]

    /// Official images that are an operating system, by Docker Hub name.
    static let officialImages: [String: String] = [
        "alpine": "alpine", "debian": "debian", "ubuntu": "ubuntu", "amazonlinux": "amazonlinux", "centos": "centos",
        "fedora": "fedora", "oraclelinux": "oraclelinux", "rockylinux": "rockylinux", "almalinux": "almalinux",
    ]

    /// The base OS of an image, or `nil` when its name and tag do not say.
    public init?(_ image: ImageReference) {
        let tag = (image.tag ?? "").lowercased()
        let tagWords = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        let path = image.repository.split(separator: "/").map(String.init)
        let pathWords = path.flatMap { $0.split(separator: "-").map(String.init) }
        if image.registry == ImageReference.dockerHub, path.first == "library", let os = Self.officialImages[image.name] {
            self.init(id: os, version: Self.release(of: os, tag: tag))
        } else if image.registry == ImageReference.dockerHub, image.repository == "opensuse/leap" {
            self.init(id: "opensuse-leap", version: tag.isEmpty || tag == "latest" ? nil : tag)
        } else if image.registry == "public.ecr.aws", image.repository == "amazonlinux/amazonlinux" {
            self.init(id: "amazonlinux", version: Self.release(of: "amazonlinux", tag: tag))
        } else if let ubi = (pathWords + tagWords).first(where: { $0.hasPrefix("ubi") && $0.dropFirst(3).allSatisfy(\.isNumber) && $0.count > 3 }) {
            self.init(id: "rhel-ubi", version: String(ubi.dropFirst(3)))
        } else if image.registry == "gcr.io", path.first == "distroless" {
            let debian = (path + tagWords).compactMap { word -> String? in
                guard let range = word.range(of: "debian") else { return nil }
                let number = word[range.upperBound...]
                return !number.isEmpty && number.allSatisfy(\.isNumber) ? String(number) : nil
            }.first
            self.init(id: "distroless", version: debian.map { "debian" + $0 })
        } else if image.registry == "cgr.dev" || image.name == "wolfi-base" {
            self.init(id: "wolfi", version: nil)
        } else if let alpine = tagWords.first(where: { $0.hasPrefix("alpine") }) {
            let version = alpine.dropFirst("alpine".count)
            self.init(id: "alpine", version: version.isEmpty ? nil : String(version))
        } else if let codeName = Self.codeNames.first(where: { tagWords.contains($0.name) }) {
            self.init(id: codeName.os, version: codeName.version)
        } else if tagWords.contains(where: { $0.hasPrefix("nanoserver") || $0.hasPrefix("windowsservercore") || $0 == "ltsc2022" || $0 == "ltsc2019" }) {
            self.init(id: "windows-server", version: tagWords.first { $0.hasPrefix("ltsc") })
        } else if let mariner = tagWords.first(where: { $0.hasPrefix("azurelinux") || $0.hasPrefix("cbl") }) {
            let version = mariner.drop(while: { !$0.isNumber })
            self.init(id: "azure-linux", version: version.isEmpty ? nil : String(version))
        } else {
            return nil
        }
    }

    public init(id: String, version: String?) {
        self.id = id
        self.version = version
    }

    /// The release an OS image's tag names: its leading number (`3.20.1` -> `3.20`, `12-slim` -> `12`, `2023` ->
    /// `2023`) or a code name (`bookworm` -> `12`); `nil` for `latest`, `stable` and other words.
    static func release(of os: String, tag: String) -> String? {
        let word = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        if let codeName = codeNames.first(where: { $0.os == os && $0.name == word }) { return codeName.version }
        let parts = word.split(separator: ".")
        guard let first = parts.first, first.allSatisfy(\.isNumber), !first.isEmpty else { return nil }
        // Alpine and Ubuntu name releases by two numbers; the others by one.
        if ["alpine", "ubuntu"].contains(os), parts.count > 1, parts[1].allSatisfy(\.isNumber) {
            return first + "." + parts[1]
        }
        return String(first)
    }
}
