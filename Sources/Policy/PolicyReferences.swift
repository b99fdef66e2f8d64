import Classification
import Foundation
import SovScanModel

/// Checks what a policy refers to outside itself, once the rules are loaded: every literal vendor of `vendors.deny`
/// must be a vendor the rules know (by id or name), every exception's `platform` a binding platform (by name or
/// binding id), every `platforms` declaration a binding (id or platform) and the vendor id it may name, and every
/// exception's `exit-plan` an id of the exit-plan register, a URL, or a file or folder that exists (relative to the
/// policy file). A name that matches nothing would silently never fire.
public struct PolicyReferences: Sendable {
    /// The vendors of the loaded rules.
    public let vendors: [Vendor]
    /// The binding rules (their ids and platform names).
    public let bindings: [BindingRule]

    /// The ids of the exit-plan register's plans.
    public let exitPlanIDs: Set<String>

    public init(vendors: [Vendor], bindings: [BindingRule] = [], exitPlanIDs: Set<String> = []) {
        self.vendors = vendors
        self.bindings = bindings
        self.exitPlanIDs = exitPlanIDs
    }

    /// The problems, each with the policy file, line and key; empty when every reference resolves.
    public func problems(_ policy: Policy, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) })
        -> [PolicyError] {
        var result: [PolicyError] = []
        let known = Set(vendors.flatMap { [$0.id.lowercased(), $0.name.lowercased()] })
        for name in policy.vendorNames where !known.contains(name.text.lowercased()) {
            result.append(PolicyError(file: name.location.file, line: name.location.line, column: name.location.column,
                                      key: name.key, message: "'\(name.text)' is not a vendor id or name in the rules"
                                          + vendorSuggestion(name.text) + " (vendors are listed in Rules/vendors.yml)"))
        }
        let platforms = Set(bindings.flatMap { [$0.id.lowercased(), $0.platform.lowercased()] })
        for (index, declaration) in policy.platforms.enumerated() {
            let location = declaration.location
            if !platforms.contains(declaration.binding.lowercased()) {
                let known = Set(bindings.map(\.platform)).sorted().joined(separator: ", ")
                result.append(PolicyError(file: location?.file ?? "", line: location?.line, column: location?.column,
                                          key: "platforms[\(index)].binding",
                                          message: "'\(declaration.binding)' is not a binding id or platform of the rules; "
                                              + "platforms are \(known)"))
            }
            if let vendor = declaration.vendor, !vendors.contains(where: { $0.id == vendor }) {
                result.append(PolicyError(file: location?.file ?? "", line: location?.line, column: location?.column,
                                          key: "platforms[\(index)].vendor",
                                          message: "'\(vendor)' is not a vendor id in the rules" + vendorSuggestion(vendor)))
            }
        }
        for (index, exception) in policy.exceptions.enumerated() {
            if let platform = exception.platform, !platforms.contains(platform.lowercased()) {
                let known = Set(bindings.map(\.platform)).sorted().joined(separator: ", ")
                result.append(PolicyError(file: exception.location.file, line: exception.location.line,
                                          column: exception.location.column, key: "exceptions[\(index)].platform",
                                          message: "'\(platform)' is not a platform of the binding rules; platforms are \(known)"))
            }
        }
        for (index, exception) in policy.exceptions.enumerated() {
            guard let plan = exception.exitPlan, !plan.contains("://"), !exitPlanIDs.contains(plan) else { continue }
            let path = plan.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? plan
            let folder = (exception.location.file as NSString).deletingLastPathComponent
            let resolved = path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
            if !fileExists(resolved) {
                result.append(PolicyError(file: exception.location.file, line: exception.location.line,
                                          column: exception.location.column, key: "exceptions[\(index)].exit-plan",
                                          message: "the exit plan '\(plan)' does not exist (looked for \(resolved)) and is not an id of the exit-plan register; give a register id, a path in the repository or a URL"))
            }
        }
        return result
    }

    /// `; did you mean 'oracle'?` for the vendor id nearest in spelling (at most two edits); empty without one.
    private func vendorSuggestion(_ text: String) -> String {
        let lowered = Array(text.lowercased())
        let nearest = vendors.map { ($0.id, PolicyLicenseIDs.editDistance(lowered, Array($0.id.lowercased()), limit: 2)) }
            .filter { $0.1 <= 2 }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }
        return nearest.map { "; did you mean '\($0.0)'?" } ?? ""
    }
}
