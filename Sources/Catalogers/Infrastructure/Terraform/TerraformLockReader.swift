import SovScanModel

/// One `provider` block of `.terraform.lock.hcl`: what `terraform init` selected.
public struct LockedProvider: Sendable, Hashable {
    public var address: TerraformProviderAddress
    public var version: String
    /// `constraints` as recorded (the union of the configuration's version constraints).
    public var constraints: String?
    /// The `h1:`/`zh:` checksums recorded.
    public var hashes: [String]
    public var line: Int
}

/// Reads `.terraform.lock.hcl` (written by Terraform >= 0.14 and OpenTofu): the truth for provider versions.
public enum TerraformLockReader {
    public static func read(_ bytes: [UInt8], file: String) -> (providers: [LockedProvider], diagnostics: [Diagnostic]) {
        var (body, diagnostics) = HCLParser.parse(bytes, file: file)
        var providers: [LockedProvider] = []
        for block in body.blocks("provider") {
            let location = SourceLocation(file: file, line: block.line, column: block.column)
            guard block.labels.count == 1, let address = TerraformProviderAddress(block.labels[0]) else {
                diagnostics.append(Diagnostic(.error, "a lock file provider block needs one source address label", at: location))
                continue
            }
            guard let version = block.body.attribute("version")?.value.literal else {
                diagnostics.append(Diagnostic(.error, "provider \(address) has no version", at: location))
                continue
            }
            var hashes: [String] = []
            if case .list(let items)? = block.body.attribute("hashes")?.value {
                hashes = items.compactMap(\.literal)
            }
            providers.append(LockedProvider(address: address, version: version,
                                            constraints: block.body.attribute("constraints")?.value.literal,
                                            hashes: hashes, line: block.line))
        }
        return (providers, diagnostics)
    }
}
