/// The SEAL-style sovereignty level (0 none … 4 full) of a component, from licence, governance, jurisdiction and
/// binding. `docs/methodology.md` states the rule; the caps are parameters so a user can make it stricter.
///
/// Base level:
/// - licence unknown → not rated (`nil`): what is not known must not pull the distribution down or up;
/// - not OSS (proprietary, source-available, or relicensed to a non-OSS licence): 1 when the vendor's bloc is EU,
///   else 0;
/// - OSS, vendor unknown or only presumed (`VendorFacts.presumed`: a presumption neither lifts nor lowers a gate) → 2;
/// - OSS, single company outside the EU → 2;
/// - OSS, single company in the EU, or shared governance (foundation, community, public sector) outside the EU → 3;
/// - OSS, shared governance in the EU → 4.
///
/// Caps: a binding to a proprietary service caps the level at `proprietaryBindingCapEU` when the platform's vendor
/// is in the EU and at `proprietaryBindingCapNonEU` otherwise.
public struct SealRule: Sendable, Hashable, Codable {
    public var proprietaryBindingCapEU: Int
    public var proprietaryBindingCapNonEU: Int

    public init(proprietaryBindingCapEU: Int = 2, proprietaryBindingCapNonEU: Int = 1) {
        self.proprietaryBindingCapEU = proprietaryBindingCapEU
        self.proprietaryBindingCapNonEU = proprietaryBindingCapNonEU
    }

    /// The level and the reason for it; `nil` (not rated) when the licence is unknown.
    public func level(isOSS: Bool?, vendor: VendorFacts?, binding: BindingFacts?) -> (level: Int?, reason: String) {
        guard let isOSS else { return (nil, "not rated: the licence is unknown") }
        var (level, reason) = base(isOSS: isOSS, vendor: vendor)
        if let binding, binding.proprietary {
            let isEU = binding.vendor?.bloc == .eu
            let cap = isEU ? proprietaryBindingCapEU : proprietaryBindingCapNonEU
            if level > cap {
                level = cap
                reason += "; capped at \(cap) by the binding to \(binding.platform), a proprietary "
                    + (isEU ? "EU" : "non-EU") + " service"
            }
        }
        return (level, reason)
    }

    private func base(isOSS: Bool, vendor: VendorFacts?) -> (Int, String) {
        let isEU = vendor?.bloc == .eu
        guard isOSS else {
            return isEU ? (1, "not OSS, vendor in the EU") : (0, "not OSS, vendor outside the EU or unknown")
        }
        guard let vendor else { return (2, "OSS, steward unknown") }
        if vendor.isPresumed { return (2, "OSS, steward presumed (\(vendor.name)), rated as unknown") }
        switch (vendor.governance.isShared, isEU) {
        case (true, true): return (4, "OSS under \(vendor.governance.rawValue) governance in the EU")
        case (true, false): return (3, "OSS under \(vendor.governance.rawValue) governance outside the EU")
        case (false, true): return (3, "OSS controlled by one company in the EU")
        case (false, false): return (2, "OSS controlled by one company outside the EU")
        }
    }
}
