/// The names of sovscan's component properties in SBOMs: written by the SBOM writers, read back by the SBOM
/// importer.
public enum SovScanPropertyNames {
    public static let prefix = "sovscan:"
    public static let scope = "sovscan:scope"
    public static let direct = "sovscan:direct"
    public static let firstParty = "sovscan:first-party"
    public static let optional = "sovscan:optional"
    /// One per manifest position, `file:line:column`.
    public static let location = "sovscan:location"
    /// One per licence file found on disk.
    public static let licenceFile = "sovscan:licence-file"
    public static let licenceConfidence = "sovscan:licence-confidence"
    /// A licence text as declared, when the licence field holds the concluded licence.
    public static let declaredLicence = "sovscan:declared-licence"
    /// Where a declared licence was said: `source location` (`lockfile package-lock.json:12:7`,
    /// `registry https://registry.npmjs.org/left-pad/1.3.0`, `manifest ~/.m2/.../x.pom:20`), one per statement.
    public static let licenceSource = "sovscan:licence-source"
    /// `scope purl` of an outgoing dependency whose scope is not the scope of the component it reaches.
    public static let dependencyScope = "sovscan:dependency-scope"
    /// The scanned root of a system (on the BOM's metadata component).
    public static let root = "sovscan:root"
    /// Set on the BOM when some manifest could not be read.
    public static let incomplete = "sovscan:incomplete"

    /// The names that stand for `Component` fields rather than its free `properties`.
    public static let fieldNames: Set<String> = [
        scope, direct, firstParty, optional, location, licenceFile, licenceConfidence, declaredLicence, dependencyScope,
        licenceSource,
    ]
}

extension SovScanPropertyNames {
    public static let level = "sovscan:level"
    public static let technology = "sovscan:technology"
    public static let vendor = "sovscan:vendor"
    public static let bloc = "sovscan:bloc"
    public static let governance = "sovscan:governance"
    public static let seal = "sovscan:seal"
    public static let licenceCategory = "sovscan:licence-category"
    public static let oss = "sovscan:oss"
    public static let binding = "sovscan:binding"
    /// For an optional binding (an SDK shipped beside open alternatives for the same role): the alternatives.
    public static let bindingOptional = "sovscan:binding-optional"
    /// `true` for the binding of a component that serves development only (level `development-tooling`): it does
    /// not tie the running system to the platform.
    public static let bindingDevelopmentOnly = "sovscan:binding-development-only"
    /// ISO 3166-1 alpha-2 of the vendor's legal seat.
    public static let vendorCountry = "sovscan:vendor-country"
    /// `true` when no rule names the vendor and it is presumed from where the package is published.
    public static let vendorPresumed = "sovscan:vendor-presumed"
    /// One per relicensing event that applies to the version in use: what changed and since which versions.
    public static let relicensed = "sovscan:relicensed"

    /// The names of the classification's facts: an importer leaves them out, classification decides them anew.
    public static let classificationNames: Set<String> = [
        level, technology, vendor, vendorCountry, vendorPresumed, bloc, governance, seal, licenceCategory, oss, binding,
        bindingOptional, bindingDevelopmentOnly, relicensed,
    ]
}
