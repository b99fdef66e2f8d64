import SovScanModel
import Yams

/// Turns the YAML of one rule file into rule values, reporting every problem with file and line.
extension YAMLReader {
    /// `vendors: [...]` in `vendors.yml`.
    mutating func vendors(in root: Node) -> [Vendor] {
        entries(of: root, key: "vendors").compactMap { vendor($0) }
    }

    /// `technologies: [...]` in `technologies/*.yml`.
    mutating func technologies(in root: Node) -> [TechnologyRule] {
        entries(of: root, key: "technologies").compactMap { technology($0) }
    }

    /// `bindings: [...]` in `bindings.yml`.
    mutating func bindings(in root: Node) -> [BindingRule] {
        entries(of: root, key: "bindings").compactMap { binding($0) }
    }

    /// `relicensing: [...]` in `relicensing.yml`.
    mutating func relicensing(in root: Node) -> [RelicensingEvent] {
        entries(of: root, key: "relicensing").compactMap { relicensingEvent($0) }
    }

    private mutating func entries(of root: Node, key: String) -> [Node] {
        guard let top = fields(root, of: "the file", allowed: [key, "schema"], required: [key]) else { return [] }
        if let schema = top["schema"], schema.string != "1" {
            error("schema: only version 1 is known", at: schema)
        }
        return list(top[key], key) ?? []
    }

    private mutating func vendor(_ node: Node) -> Vendor? {
        let what = "vendor"
        guard let fields = fields(node, of: what,
                                  allowed: ["id", "name", "country", "bloc", "governance", "parent", "sources", "note"],
                                  required: ["id", "name", "bloc", "governance", "sources"]) else { return nil }
        let id = identifier(fields["id"], what)
        let name = string(fields["name"], "vendor 'name'")
        let country = string(fields["country"], "vendor 'country'")
        let bloc = value(fields["bloc"], "vendor 'bloc'", as: Bloc.self)
        let governance = value(fields["governance"], "vendor 'governance'", as: Governance.self)
        let parent = string(fields["parent"], "vendor 'parent'")
        let sources = urls(fields["sources"], "vendor 'sources'")
        let note = string(fields["note"], "vendor 'note'")
        guard let id, let name, let bloc, let governance, let sources else { return nil }
        return Vendor(id: id, name: name, country: country, bloc: bloc, governance: governance, parent: parent,
                      sources: sources, note: note, location: location(node))
    }

    private mutating func technology(_ node: Node) -> TechnologyRule? {
        let what = "technology"
        guard let fields = fields(node, of: what,
                                  allowed: ["id", "name", "level", "vendor", "patterns", "license", "license-source",
                                            "build-time", "known-dependencies", "development-features", "products",
                                            "note"],
                                  required: ["id", "name", "patterns"]) else { return nil }
        let id = identifier(fields["id"], what)
        let name = string(fields["name"], "technology 'name'")
        let level = value(fields["level"], "technology 'level'", as: StackLevel.self)
        let vendor = string(fields["vendor"], "technology 'vendor'")
        let patterns = patternSpecs(fields["patterns"])
        let note = string(fields["note"], "technology 'note'")
        let license = ruleLicense(fields["license"], source: fields["license-source"], in: node)
        var buildTime: StatedDependencies?
        if let buildTimeNode = fields["build-time"] { buildTime = statedDependencies(buildTimeNode, key: "build-time") }
        var knownDependencies: [StatedDependencies]?
        if let knownNode = fields["known-dependencies"] { knownDependencies = knownDependencyStatements(knownNode) }
        var developmentFeatures: DevelopmentFeatures?
        if let featuresNode = fields["development-features"] { developmentFeatures = self.developmentFeatures(featuresNode) }
        var products: ProductLevels?
        if let productsNode = fields["products"] {
            if level != nil { error("technology 'products' is for a technology without a 'level'", at: productsNode) }
            products = productLevels(productsNode)
        }
        guard let id, let name, let patterns, fields["level"] == nil || level != nil, let license,
              fields["build-time"] == nil || buildTime != nil, fields["known-dependencies"] == nil || knownDependencies != nil,
              fields["development-features"] == nil || developmentFeatures != nil,
              fields["products"] == nil || (products != nil && level == nil)
        else { return nil }
        return TechnologyRule(id: id, name: name, level: level, vendor: vendor, patterns: patterns,
                              license: license.expression, licenseSource: license.source, buildTime: buildTime,
                              knownDependencies: knownDependencies ?? [],
                              developmentFeatures: developmentFeatures ?? DevelopmentFeatures(), products: products, note: note, location: location(node))
    }

    private mutating func binding(_ node: Node) -> BindingRule? {
        let what = "binding"
        guard let fields = fields(node, of: what,
                                  allowed: ["id", "platform", "vendor", "kind", "proprietary", "patterns", "exclude",
                                            "alternatives", "s3-clients", "note"],
                                  required: ["id", "platform", "vendor", "kind", "proprietary", "patterns"])
        else { return nil }
        let id = identifier(fields["id"], what)
        let platform = string(fields["platform"], "binding 'platform'")
        let vendor = string(fields["vendor"], "binding 'vendor'")
        let kind = value(fields["kind"], "binding 'kind'", as: BindingKind.self)
        let proprietary = bool(fields["proprietary"], "binding 'proprietary'")
        let patterns = patternSpecs(fields["patterns"])
        var exclusions: [PatternSpec]?
        if let excludeNode = fields["exclude"] { exclusions = patternSpecs(excludeNode, key: "exclude") }
        var alternatives: BindingAlternatives?
        if let alternativesNode = fields["alternatives"] { alternatives = bindingAlternatives(alternativesNode) }
        var s3Clients: S3ClientPackages?
        if let s3Node = fields["s3-clients"] { s3Clients = s3ClientPackages(s3Node) }
        let note = string(fields["note"], "binding 'note'")
        guard let id, let platform, let vendor, let kind, let proprietary, let patterns,
              fields["exclude"] == nil || exclusions != nil,
              fields["alternatives"] == nil || alternatives != nil,
              fields["s3-clients"] == nil || s3Clients != nil else { return nil }
        return BindingRule(id: id, platform: platform, vendor: vendor, kind: kind, proprietary: proprietary,
                           patterns: patterns, exclusions: exclusions ?? [], alternatives: alternatives,
                           s3Clients: s3Clients, note: note, location: location(node))
    }

    /// A binding's `s3-clients:`: `role`, `alternatives` (names), `patterns` of the S3-only packages, and
    /// `sources`; `nil` after an error.
    private mutating func s3ClientPackages(_ node: Node) -> S3ClientPackages? {
        let what = "binding 's3-clients'"
        guard let fields = fields(node, of: what, allowed: ["role", "alternatives", "patterns", "sources"],
                                  required: ["role", "alternatives", "patterns", "sources"]) else { return nil }
        let role = string(fields["role"], "\(what) 'role'")
        let alternatives = strings(fields["alternatives"], "\(what) 'alternatives'")
        let patterns = patternSpecs(fields["patterns"])
        let sources = urls(fields["sources"], "\(what) 'sources'")
        guard let role, let alternatives, let patterns, let sources else { return nil }
        return S3ClientPackages(role: role, alternatives: alternatives, patterns: patterns, sources: sources)
    }

    /// A binding's `alternatives:`: `role`, `patterns` of the open SDKs serving it, and `sources`; `nil` after an
    /// error.
    private mutating func bindingAlternatives(_ node: Node) -> BindingAlternatives? {
        let what = "binding 'alternatives'"
        guard let fields = fields(node, of: what, allowed: ["role", "patterns", "sources"],
                                  required: ["role", "patterns", "sources"]) else { return nil }
        let role = string(fields["role"], "\(what) 'role'")
        let patterns = patternSpecs(fields["patterns"])
        let sources = urls(fields["sources"], "\(what) 'sources'")
        guard let role, let patterns, let sources else { return nil }
        return BindingAlternatives(role: role, patterns: patterns, sources: sources)
    }

    private mutating func relicensingEvent(_ node: Node) -> RelicensingEvent? {
        let what = "relicensing event"
        let allowed: Set<String> = ["id", "project", "vendor", "patterns", "versions", "from", "to", "oss-after",
                                    "date", "sources", "note"]
        guard let fields = fields(node, of: what, allowed: allowed,
                                  required: ["id", "project", "patterns", "versions", "from", "to", "oss-after",
                                             "date", "sources"]) else { return nil }
        let id = identifier(fields["id"], what)
        let project = string(fields["project"], "relicensing 'project'")
        let vendor = string(fields["vendor"], "relicensing 'vendor'")
        let patterns = patternSpecs(fields["patterns"])
        let versions = range(fields["versions"])
        let from = string(fields["from"], "relicensing 'from'")
        let to = string(fields["to"], "relicensing 'to'")
        let ossAfter = bool(fields["oss-after"], "relicensing 'oss-after'")
        let date = self.date(fields["date"])
        let sources = urls(fields["sources"], "relicensing 'sources'")
        let note = string(fields["note"], "relicensing 'note'")
        guard let id, let project, let patterns, let versions, let from, let to, let ossAfter, let date, let sources
        else { return nil }
        return RelicensingEvent(id: id, project: project, vendor: vendor, patterns: patterns, versions: versions,
                                from: from, to: to, ossAfter: ossAfter, date: date, sources: sources, note: note,
                                location: location(node))
    }

    /// A technology's `build-time:` or `known-dependencies:` mapping (`key`): `dependencies:` (patterns, required),
    /// `of:` (patterns, optional), `products:` (product names, optional, `known-dependencies:` only) and `source:` (an
    /// http(s) URL, required); `nil` after an error.
    private mutating func statedDependencies(_ node: Node, key: String) -> StatedDependencies? {
        let what = "technology '\(key)'"
        let allowed: Set<String> = key == "known-dependencies"
            ? ["of", "dependencies", "products", "source"] : ["of", "dependencies", "source"]
        guard let fields = fields(node, of: what, allowed: allowed, required: ["dependencies", "source"])
        else { return nil }
        let dependencies = patternSpecs(fields["dependencies"], key: "dependencies")
        var of: [PatternSpec]?
        if let ofNode = fields["of"] { of = patternSpecs(ofNode, key: "of") }
        var products: [String]?
        if let productsNode = fields["products"] {
            products = strings(productsNode, "\(what) 'products'")
            if products?.isEmpty == true {
                error("\(what) 'products' must name at least one product", at: productsNode)
                return nil
            }
        }
        let source = string(fields["source"], "\(what) 'source'")
        if let source, let sourceNode = fields["source"],
           !(source.hasPrefix("https://") || source.hasPrefix("http://")) || source.count <= 10 {
            error("\(what) 'source': '\(source)' is not an http(s) URL", at: sourceNode)
            return nil
        }
        guard let dependencies, let source, fields["of"] == nil || of != nil,
              fields["products"] == nil || products != nil else { return nil }
        return StatedDependencies(of: of ?? [], dependencies: dependencies, products: products ?? [], source: source)
    }

    /// A technology's `known-dependencies:`: a list of statements, each a mapping as in `build-time:`; `nil` after an
    /// error.
    private mutating func knownDependencyStatements(_ node: Node) -> [StatedDependencies]? {
        guard let items = list(node, "technology 'known-dependencies'") else { return nil }
        let statements = items.map { statedDependencies($0, key: "known-dependencies") }
        return statements.contains { $0 == nil } ? nil : statements.compactMap { $0 }
    }

    /// A technology's `development-features:` mapping: under a kind's name (`command-line`, `file-watching`) a list
    /// of patterns (at least one); `nil` after an error.
    private mutating func developmentFeatures(_ node: Node) -> DevelopmentFeatures? {
        guard let fields = fields(node, of: "technology 'development-features'",
                                  allowed: Set(DevelopmentFeatures.Kind.allCases.map(\.rawValue)), required: [])
        else { return nil }
        var members: [DevelopmentFeatures.Kind: [PatternSpec]] = [:]
        for kind in DevelopmentFeatures.Kind.allCases {
            guard let kindNode = fields[kind.rawValue] else { continue }
            guard let specs = patternSpecs(kindNode, key: kind.rawValue) else { return nil }
            members[kind] = specs
        }
        guard !members.isEmpty else {
            error("technology 'development-features' must name at least one kind of feature", at: node)
            return nil
        }
        return DevelopmentFeatures(members)
    }

    /// A technology's `products:` mapping: `source:` (an http(s) URL, required), under level names lists of
    /// product names (at least one product; a product under two levels is an error) and `shared:`, the products
    /// the others build on; `nil` after an error.
    private mutating func productLevels(_ node: Node) -> ProductLevels? {
        let what = "technology 'products'"
        guard let fields = fields(node, of: what,
                                  allowed: Set(StackLevel.allCases.map(\.rawValue)).union(["source", "shared"]),
                                  required: ["source"]) else { return nil }
        var shared = Set<String>()
        if let sharedNode = fields["shared"] {
            for item in list(sharedNode, "\(what) 'shared'") ?? [] {
                if let product = string(item, "\(what) product") { shared.insert(product) }
            }
        }
        let source = string(fields["source"], "\(what) 'source'")
        if let source, let sourceNode = fields["source"],
           !(source.hasPrefix("https://") || source.hasPrefix("http://")) || source.count <= 10 {
            error("\(what) 'source': '\(source)' is not an http(s) URL", at: sourceNode)
            return nil
        }
        var levels: [String: StackLevel] = [:]
        for level in StackLevel.allCases {
            guard let listNode = fields[level.rawValue], let items = list(listNode, "\(what) '\(level.rawValue)'") else { continue }
            for item in items {
                guard let product = string(item, "\(what) product") else { continue }
                if levels[product] != nil {
                    error("\(what): product '\(product)' is listed under two levels", at: item)
                    return nil
                }
                levels[product] = level
            }
        }
        guard let source, !levels.isEmpty else {
            if source != nil { error("\(what) must give at least one product a level", at: node) }
            return nil
        }
        return ProductLevels(levels: levels, shared: shared, source: source)
    }

    // MARK: - Values

    /// A technology's `license` and `license-source`: both or neither (`.some((nil, nil))`); `nil` after an error.
    /// The licence must be a well-formed SPDX expression (ids, `LicenseRef-`, `AND`, `OR`, `WITH`, parentheses).
    private mutating func ruleLicense(_ node: Node?, source sourceNode: Node?, in entry: Node)
        -> (expression: String?, source: String?)? {
        guard let node else {
            if let sourceNode { error("technology 'license-source' is given without a 'license'", at: sourceNode) }
            return sourceNode == nil ? (nil, nil) : nil
        }
        guard let text = string(node, "technology 'license'") else { return nil }
        guard LicenseExpressionSyntax.isWellFormed(text) else {
            error("technology 'license': '\(text)' is not an SPDX licence expression or LicenseRef", at: node)
            return nil
        }
        guard let sourceNode else {
            error("technology 'license' needs a 'license-source' URL that states it", at: node)
            return nil
        }
        guard let source = string(sourceNode, "technology 'license-source'") else { return nil }
        guard source.hasPrefix("https://") || source.hasPrefix("http://"), source.count > 10 else {
            error("technology 'license-source': '\(source)' is not an http(s) URL", at: sourceNode)
            return nil
        }
        return (text, source)
    }

    /// Ids are lower-case letters, digits, `-`, `.` and `_`, starting with a letter or digit.
    private mutating func identifier(_ node: Node?, _ what: String) -> String? {
        guard let node, let text = string(node, "\(what) 'id'") else { return nil }
        let valid = text.unicodeScalars.enumerated().allSatisfy { index, scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                || (index > 0 && (scalar == "-" || scalar == "." || scalar == "_"))
        }
        guard valid else {
            error("\(what) id '\(text)' must be lower-case letters, digits, '-', '.' or '_'", at: node)
            return nil
        }
        return text
    }

    /// A non-empty list of http(s) URLs.
    private mutating func urls(_ node: Node?, _ what: String) -> [String]? {
        guard let node, let nodes = list(node, what) else { return nil }
        var result: [String] = []
        for item in nodes {
            guard let text = string(item, what) else { continue }
            guard text.hasPrefix("https://") || text.hasPrefix("http://"), text.count > 10 else {
                error("\(what): '\(text)' is not an http(s) URL", at: item)
                continue
            }
            result.append(text)
        }
        guard !result.isEmpty else {
            error("\(what): at least one source URL is required", at: node)
            return nil
        }
        return result
    }

    /// `YYYY-MM-DD` or `YYYY-MM`.
    private mutating func date(_ node: Node?) -> String? {
        guard let node, let text = string(node, "relicensing 'date'") else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.map { part in part.allSatisfy(\.isASCII) ? Int(part) : nil }
        let valid = (parts.count == 2 || parts.count == 3) && parts[0].count == 4
            && parts.dropFirst().allSatisfy { $0.count == 2 } && !numbers.contains(nil)
            && (1...12).contains(numbers[1] ?? 0) && (parts.count == 2 || (1...31).contains(numbers[2] ?? 0))
        guard valid else {
            error("relicensing 'date': '\(text)' is not YYYY-MM-DD or YYYY-MM", at: node)
            return nil
        }
        return text
    }

    private mutating func range(_ node: Node?) -> VersionRange? {
        guard let node, let text = string(node, "'versions'") else { return nil }
        do {
            return try VersionRange(text)
        } catch {
            self.error(error.message, at: node)
            return nil
        }
    }

    /// A list of patterns: a string `pkg:...`, or a mapping `{purl: pkg:..., versions: ">= 2"}`.
    private mutating func patternSpecs(_ node: Node?, key: String = "patterns") -> [PatternSpec]? {
        guard let node, let nodes = list(node, "'\(key)'") else { return nil }
        var specs: [PatternSpec] = []
        for item in nodes {
            var text: String?
            var versions: VersionRange?
            var textNode = item
            if case .mapping = item {
                guard let fields = fields(item, of: "pattern", allowed: ["purl", "versions"], required: ["purl"])
                else { continue }
                text = string(fields["purl"], "pattern 'purl'")
                textNode = fields["purl"] ?? item
                if fields["versions"] != nil {
                    guard let parsed = range(fields["versions"]) else { continue }
                    versions = parsed
                }
            } else {
                text = string(item, "pattern")
            }
            guard let text else { continue }
            do {
                specs.append(PatternSpec(pattern: try PurlPattern(text), versions: versions))
            } catch {
                self.error(error.message, at: textNode)
            }
        }
        guard !specs.isEmpty else {
            error("'\(key)' must name at least one valid purl pattern", at: node)
            return nil
        }
        return specs
    }
}
