import Classification
import SovScanModel
import Yams

/// Turns the composed YAML of one policy file into a `PolicyLayer`, key by key.
struct PolicyFileParser {
    let reader: YAMLNodeReader

    func layer(_ root: Node) throws(PolicyError) -> PolicyLayer {
        var layer = PolicyLayer()
        for entry in try reader.mapping(root, "", known: PolicyLoader.topLevelKeys) {
            let key = entry.key
            let value = entry.value
            switch key {
            case "extends":
                layer.extends = try reader.strings(value, key).map { ($0.text, reader.location(of: $0.node)) }
            case "description":
                _ = try reader.string(value, key)
            case "licenses":
                try licenses(value, into: &layer)
            case "share":
                layer.shares = try shares(value)
            case "seal":
                for item in try reader.mapping(value, key, known: ["minimum", "system"]) {
                    let number = try reader.int(item.value, "seal." + item.key, range: 0...4)
                    if item.key == "minimum" {
                        layer.sealMinimum = number
                    } else {
                        layer.sealSystem = number
                        layer.sealSystemLocation = reader.location(of: item.keyNode)
                    }
                }
            case "vendors":
                for item in try reader.mapping(value, key, known: ["deny"]) {
                    layer.vendorsDeny = try patterns(item.value, "vendors.deny")
                    for name in try reader.strings(item.value, "vendors.deny") where !name.text.contains(where: { "*?[".contains($0) }) {
                        layer.vendorNames.append(PolicyName(text: name.text, location: reader.location(of: name.node), key: "vendors.deny"))
                    }
                }
            case "blocs":
                for item in try reader.mapping(value, key, known: ["deny"]) {
                    layer.blocsDeny = try blocs(item.value, "blocs.deny")
                }
            case "packages":
                for item in try reader.mapping(value, key, known: ["deny"]) {
                    layer.packagesDeny = try packagePatterns(item.value, "packages.deny")
                }
            case "bindings":
                try bindings(value, into: &layer)
            case "platforms":
                let parsed = PlatformDeclaration.parse(value, file: reader.file)
                if let problem = parsed.diagnostics.first(where: { $0.severity == .error }) {
                    throw PolicyError(file: reader.file, line: problem.location?.line, column: problem.location?.column,
                                      key: key, message: problem.message)
                }
                layer.platforms = parsed.declarations
            case "relicensed":
                layer.relicensed = try handling(value, key)
            case "ignore-scopes":
                layer.ignoreScopes = try names(value, key, kind: "scope")
            case "ignore-levels":
                layer.ignoreLevels = try names(value, key, kind: "stack level")
            case "exceptions":
                layer.exceptions = try exceptions(value, names: &layer.licenseNames)
            case "exception-max-months":
                layer.exceptionMaxMonths = try reader.int(value, key, range: 1...600)
            case "expiry-warning-days":
                layer.expiryWarningDays = try reader.int(value, key, range: 0...3650)
            case "severity":
                for item in try reader.mapping(value, key, known: RuleID.allCases.map(\.rawValue)) {
                    let level = try reader.choice(item.value, key + "." + item.key, Severity.allCases.map(\.rawValue))
                    if let rule = RuleID(rawValue: item.key), let severity = Severity(rawValue: level) {
                        layer.severities[rule] = severity
                    }
                }
            default:
                throw reader.error(entry.keyNode, key, "unknown key")
            }
        }
        return layer
    }

    private func licenses(_ node: Node, into layer: inout PolicyLayer) throws(PolicyError) {
        for item in try reader.mapping(node, "licenses", known: ["allow", "deny", "unknown", "clarify"]) {
            let key = "licenses." + item.key
            switch item.key {
            case "allow": layer.licensesAllow = try licensePatterns(item.value, key, names: &layer.licenseNames)
            case "deny": layer.licensesDeny = try licensePatterns(item.value, key, names: &layer.licenseNames)
            case "clarify": layer.clarifications = try clarifications(item.value)
            default: layer.unknown = try handling(item.value, key)
            }
        }
    }

    private func clarifications(_ node: Node) throws(PolicyError) -> [LicenseClarification] {
        if reader.isNull(node) { return [] }
        guard let sequence = node.sequence else { throw reader.error(node, "licenses.clarify", "expected a list of clarifications") }
        var result: [LicenseClarification] = []
        for (index, item) in sequence.enumerated() {
            let key = "licenses.clarify[\(index)]"
            var purl: PackagePattern?
            var versions: VersionRange?
            var license: String?
            var reason: String?
            var evidence: LicenseClarification.Evidence?
            for field in try reader.mapping(item, key, known: ["purl", "versions", "license", "reason", "evidence"]) {
                let path = key + "." + field.key
                switch field.key {
                case "purl":
                    purl = try Self.packagePattern(field.value, path, reader)
                case "versions":
                    versions = try Self.versionRange(field.value, path, reader, applying: "clarification")
                case "license":
                    license = try reader.string(field.value, path)
                case "reason":
                    reason = try reader.string(field.value, path)
                default:
                    var file: String?
                    var hash: String?
                    for part in try reader.mapping(field.value, path, known: ["file", "sha256"]) {
                        let text = try reader.string(part.value, path + "." + part.key)
                        if part.key == "file" { file = text } else { hash = text }
                    }
                    guard let file, let hash else { throw reader.error(field.value, path, "evidence needs 'file' and 'sha256'") }
                    guard hash.count == 64, hash.allSatisfy(\.isHexDigit) else {
                        throw reader.error(field.value, path + ".sha256", "'\(hash)' is not a SHA-256 (64 hex digits)")
                    }
                    evidence = LicenseClarification.Evidence(file: file, sha256: hash)
                }
            }
            guard let purl else { throw reader.error(item, key + ".purl", "a clarification needs 'purl'") }
            guard let license, !license.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw reader.error(item, key + ".license", "a clarification needs 'license' (an SPDX expression)")
            }
            guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw reader.error(item, key + ".reason", "a clarification needs a 'reason'")
            }
            result.append(LicenseClarification(purl: purl, versions: versions, license: license, reason: reason,
                                               evidence: evidence, location: reader.location(of: item)))
        }
        return result
    }

    private func licensePatterns(_ node: Node, _ key: String, names: inout [LicenseName]) throws(PolicyError) -> [LicensePattern] {
        var result: [LicensePattern] = []
        for item in try reader.strings(node, key) {
            let pattern: LicensePattern
            do {
                pattern = try LicensePattern(item.text)
            } catch {
                throw reader.error(item.node, key, "bad licence pattern: \(error)")
            }
            if case .name(let name) = pattern, name.isLiteral {
                names.append(LicenseName(id: item.text, location: reader.location(of: item.node), key: key))
            }
            result.append(pattern)
        }
        return result
    }

    private func patterns(_ node: Node, _ key: String) throws(PolicyError) -> [PolicyPattern] {
        var result: [PolicyPattern] = []
        for item in try reader.strings(node, key) {
            do {
                result.append(try PolicyPattern(item.text))
            } catch {
                throw reader.error(item.node, key, "bad pattern: \(error)")
            }
        }
        return result
    }

    private func packagePatterns(_ node: Node, _ key: String) throws(PolicyError) -> [PackagePattern] {
        var result: [PackagePattern] = []
        for item in try reader.strings(node, key) {
            do {
                result.append(try PackagePattern(item.text))
            } catch {
                throw reader.error(item.node, key, "bad purl pattern: \(error)")
            }
        }
        return result
    }

    private func blocs(_ node: Node, _ key: String) throws(PolicyError) -> [String] {
        var result: [String] = []
        for item in try reader.strings(node, key) {
            guard let bloc = PolicyVocabulary.bloc(item.text) else {
                throw reader.error(item.node, key, "'\(item.text)' is not a bloc; blocs are \(PolicyVocabulary.blocs.joined(separator: ", "))")
            }
            result.append(bloc)
        }
        return result
    }

    private func handling(_ node: Node, _ key: String) throws(PolicyError) -> Handling {
        Handling(rawValue: try reader.choice(node, key, Handling.allCases.map(\.rawValue))) ?? .warn
    }

    /// The values of a list of names of `Value` (scopes, stack levels); a name that is none is an error that lists
    /// the valid ones.
    private func names<Value: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, kind: String) throws(PolicyError)
        -> [Value] where Value.RawValue == String {
        var result: [Value] = []
        for item in try reader.strings(node, key) {
            guard let value = Value(rawValue: item.text) else {
                let valid = Value.allCases.map(\.rawValue).joined(separator: ", ")
                throw reader.error(item.node, key, "'\(item.text)' is not a \(kind); \(kind)s are \(valid)")
            }
            result.append(value)
        }
        return result
    }

    private func shares(_ node: Node) throws(PolicyError) -> [String: ShareRequirement] {
        var result: [String: ShareRequirement] = [:]
        let names = ShareRequirement.targets.keys.sorted()
        for item in try reader.mapping(node, "share", known: names) {
            let key = "share." + item.key
            let target = ShareRequirement.targets[item.key] ?? item.key
            var requirement = ShareRequirement(target: target, location: reader.location(of: item.keyNode))
            for field in try reader.mapping(item.value, key, known: ["minimum", "band", "unknown", "min-coverage"]) {
                switch field.key {
                case "minimum":
                    requirement.minimum = try reader.number(field.value, key + ".minimum", range: 0...100)
                case "band":
                    let band = try reader.choice(field.value, key + ".band", ShareBand.allCases.map(\.rawValue))
                    requirement.band = ShareBand(rawValue: band)
                case "unknown":
                    let handling = try reader.choice(field.value, key + ".unknown", UnknownHandling.allCases.map(\.rawValue))
                    requirement.unknown = UnknownHandling(rawValue: handling) ?? .exclude
                default:
                    requirement.minCoverage = try reader.number(field.value, key + ".min-coverage", range: 0...100)
                }
            }
            guard requirement.minimum != nil || requirement.band != nil else {
                throw reader.error(item.value, key, "give 'minimum' (percent) or 'band'")
            }
            guard result[target] == nil else { throw reader.error(item.keyNode, key, "'\(target)' is given twice") }
            result[target] = requirement
        }
        return result
    }

    private func bindings(_ node: Node, into layer: inout PolicyLayer) throws(PolicyError) {
        for item in try reader.mapping(node, "bindings", known: ["require-exit-plan", "allow-blocs", "kinds"]) {
            let key = "bindings." + item.key
            switch item.key {
            case "require-exit-plan":
                layer.requireExitPlan = try reader.bool(item.value, key)
            case "allow-blocs":
                layer.bindingBlocs = try blocs(item.value, key)
            default:
                var kinds: [String] = []
                for kind in try reader.strings(item.value, key) {
                    guard PolicyVocabulary.bindingKinds.contains(kind.text) else {
                        throw reader.error(kind.node, key, "'\(kind.text)' is not a binding kind; kinds are \(PolicyVocabulary.bindingKinds.joined(separator: ", "))")
                    }
                    kinds.append(kind.text)
                }
                layer.bindingKinds = kinds
            }
        }
    }

    private func exceptions(_ node: Node, names: inout [LicenseName]) throws(PolicyError) -> [PolicyException] {
        if reader.isNull(node) { return [] }
        guard let sequence = node.sequence else { throw reader.error(node, "exceptions", "expected a list of exceptions") }
        var result: [PolicyException] = []
        for (index, item) in sequence.enumerated() {
            result.append(try exception(item, "exceptions[\(index)]", names: &names))
        }
        return result
    }

    private func exception(_ node: Node, _ key: String, names: inout [LicenseName]) throws(PolicyError) -> PolicyException {
        let fields = try reader.mapping(node, key, known: ["purl", "platform", "allow", "versions", "reason", "exit-plan",
                                                           "expires", "rules"])
        var purl: PackagePattern?
        var platform: String?
        var licenses: [String] = []
        var versions: VersionRange?
        var reason: String?
        var exitPlan: String?
        var expires: PolicyDate?
        var rules: [RuleID] = []
        for field in fields {
            let path = key + "." + field.key
            switch field.key {
            case "purl":
                purl = try Self.packagePattern(field.value, path, reader)
            case "versions":
                versions = try Self.versionRange(field.value, path, reader, applying: "exception")
            case "platform":
                platform = try reader.string(field.value, path)
            case "allow":
                for item in try reader.strings(field.value, path) {
                    licenses.append(item.text)
                    names.append(LicenseName(id: item.text, location: reader.location(of: item.node), key: path))
                }
            case "reason":
                reason = try reader.string(field.value, path)
            case "exit-plan":
                exitPlan = try reader.string(field.value, path)
            case "expires":
                let text = try reader.string(field.value, path)
                guard let date = PolicyDate(text) else { throw reader.error(field.value, path, "'\(text)' is not a date YYYY-MM-DD") }
                expires = date
            default:
                for item in try reader.strings(field.value, path) {
                    guard let rule = RuleID(rawValue: item.text) else {
                        throw reader.error(item.node, path, "'\(item.text)' is not a rule id; see docs/policy.md")
                    }
                    rules.append(rule)
                }
            }
        }
        guard purl != nil || platform != nil else {
            throw reader.error(node, key + ".purl", "an exception needs 'purl' (a package pattern) or 'platform' (such as Azure)")
        }
        guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw reader.error(node, key + ".reason", "an exception needs a 'reason'")
        }
        return PolicyException(purl: purl, platform: platform, licenses: licenses, versions: versions, reason: reason,
                               exitPlan: exitPlan, expires: expires, rules: rules, location: reader.location(of: node))
    }

    /// A package pattern field (`purl:`), its errors located at the field.
    private static func packagePattern(_ node: Node, _ path: String, _ reader: YAMLNodeReader) throws(PolicyError) -> PackagePattern {
        do { return try PackagePattern(try reader.string(node, path)) } catch let error as PolicyError {
            throw error
        } catch {
            throw reader.error(node, path, "bad purl pattern: \(error)")
        }
    }

    /// A version range field (`versions:`), refused when it holds no version (the entry would never apply).
    private static func versionRange(_ node: Node, _ path: String, _ reader: YAMLNodeReader,
                                     applying what: String) throws(PolicyError) -> VersionRange {
        let range: VersionRange
        do { range = try VersionRange(try reader.string(node, path)) } catch let error as PolicyError {
            throw error
        } catch {
            throw reader.error(node, path, "\(error)")
        }
        guard range.isSatisfiable else {
            throw reader.error(node, path, "the version range '\(range.text)' holds no version, so the \(what) would never apply")
        }
        return range
    }
}
