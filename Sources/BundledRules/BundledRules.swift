import Foundation
import SovScanModel

/// The bundled `Rules/` folder compiled when sovscan was built: the `CompileRules` build-tool plugin runs
/// `sovscan-compile-rules` over it and adds the compact forms of the rules and of the licence data to this module
/// (`generatedForms`, Base64 text in a generated source file). A process whose rules folder holds exactly the files
/// they were made from loads them without parsing YAML or JSON, even on its first run on a machine (issue 17); an
/// edited file has another source key and goes through `CompiledCache`'s folder as before.
public enum BundledRules {
    /// The compiled forms by their `CompiledCache.sourceKey`, for `CompiledCache(prebuilt:)`; each form's Base64
    /// text is decoded when the form is first read, so a process that never needs the rules never decodes it.
    public static let forms: [String: LoadedOnce<[UInt8]>] = {
        var forms: [String: LoadedOnce<[UInt8]>] = [:]
        for form in generatedForms {
            let base64 = form.base64
            forms[form.sourceKey] = LoadedOnce { Data(base64Encoded: base64).map { [UInt8]($0) } ?? [] }
        }
        return forms
    }()

    /// Whether the build checked the licences the rules compiled under `rules` state against the licence data
    /// compiled under `licences` (`RuleLicenceCheck`) and found no problem: a process with both forms need not
    /// decode them to know it.
    public static func licencesChecked(rules: String, licences: String) -> Bool {
        checkedLicences.contains { $0.rules == rules && $0.licences == licences }
    }
}
