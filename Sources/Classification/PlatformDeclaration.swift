import SovScanModel
import Yams

/// What a system declares about the provider really behind one of its platform bindings: the binding is inferred
/// from the SDK, not from the endpoint, so an S3 client pointed at Open Telekom Cloud is not AWS. Written as
/// `platforms:` in `.sovscan.yml` or under a system of `systems.yml`:
///
/// ```yaml
/// platforms:
///   - binding: aws-s3                # a binding rule id or a platform name (AWS)
///     provider: Open Telekom Cloud   # who really runs the service
///     country: DE                    # the provider's legal seat (ISO 3166-1 alpha-2)
///     vendor: deutsche-telekom       # optional: a Rules/vendors.yml id (its country and bloc win)
///     proprietary: true              # optional: whether the service is proprietary (the rule's value by default)
///     note: S3-compatible object storage of OTC
/// ```
public struct PlatformDeclaration: Sendable, Hashable, Codable {
    /// The binding rule id or platform name the declaration replaces (compared without case).
    public var binding: String
    /// The provider as reports show it.
    public var provider: String
    /// The provider's legal seat (ISO 3166-1 alpha-2), unless `vendor` names a known vendor.
    public var country: String?
    /// A vendor id of the rules.
    public var vendor: String?
    /// Whether the provider's service is proprietary; `nil` keeps the binding rule's value.
    public var proprietary: Bool?
    public var note: String?
    /// Where the declaration is written.
    public var location: SourceLocation?

    public init(binding: String, provider: String, country: String? = nil, vendor: String? = nil,
                proprietary: Bool? = nil, note: String? = nil, location: SourceLocation? = nil) {
        self.binding = binding
        self.provider = provider
        self.country = country
        self.vendor = vendor
        self.proprietary = proprietary
        self.note = note
        self.location = location
    }

    /// Whether the declaration is about this binding: its rule id or its platform name.
    public func concerns(rule: String, platform: String) -> Bool {
        binding.lowercased() == rule.lowercased() || binding.lowercased() == platform.lowercased()
    }

    /// Reads a `platforms:` list. Unknown keys, a missing binding or provider, a country that is not two capital
    /// letters and two declarations of one binding are errors with file and line; an entry with an error is left
    /// out, the valid entries are kept.
    public static func parse(_ node: Node, file: String) -> (declarations: [PlatformDeclaration], diagnostics: [Diagnostic]) {
        var reader = YAMLReader(file: file)
        var result: [PlatformDeclaration] = []
        guard case .sequence(let items) = node else {
            reader.error("platforms must be a list of declarations (binding, provider, country)", at: node)
            return ([], reader.diagnostics)
        }
        for item in items {
            let problemsBefore = reader.diagnostics.count
            guard let fields = reader.fields(item, of: "platform declaration",
                                             allowed: ["binding", "provider", "country", "vendor", "proprietary", "note"],
                                             required: ["binding", "provider"]),
                  let binding = reader.string(fields["binding"], "binding"),
                  let provider = reader.string(fields["provider"], "provider") else { continue }
            let country = reader.string(fields["country"], "country")
            if let country, let node = fields["country"],
               country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                reader.error("country: '\(country)' is not an ISO 3166-1 alpha-2 code such as DE", at: node)
                continue
            }
            let vendor = reader.string(fields["vendor"], "vendor")
            let proprietary = reader.bool(fields["proprietary"], "proprietary")
            let note = reader.string(fields["note"], "note")
            guard reader.diagnostics.count == problemsBefore else { continue }
            if result.contains(where: { $0.binding.lowercased() == binding.lowercased() }) {
                reader.error("binding '\(binding)' is declared twice", at: item)
                continue
            }
            result.append(PlatformDeclaration(
                binding: binding, provider: provider, country: country, vendor: vendor, proprietary: proprietary,
                note: note, location: reader.location(item)))
        }
        return (result, reader.diagnostics)
    }

    /// Problems a declaration has against the rules: a binding no rule knows, a vendor id no rule names.
    public static func validate(_ declarations: [PlatformDeclaration], against rules: RuleSet) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for declaration in declarations {
            if !rules.bindings.contains(where: { declaration.concerns(rule: $0.id, platform: $0.platform) }) {
                diagnostics.append(Diagnostic(.error, "platforms: no binding rule has the id or platform '\(declaration.binding)'",
                                              at: declaration.location))
            }
            if let vendor = declaration.vendor, rules.vendors[vendor] == nil {
                diagnostics.append(Diagnostic(.error, "platforms: vendor '\(vendor)' is not in the rules' vendors",
                                              at: declaration.location))
            }
            if declaration.vendor == nil, declaration.country == nil {
                diagnostics.append(Diagnostic(.warning, "platforms: '\(declaration.binding)' names neither a country "
                                                  + "nor a vendor; its bloc is unknown", at: declaration.location))
            }
        }
        return diagnostics
    }
}
