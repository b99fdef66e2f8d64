import Foundation

/// The bundled `Rules/` folder compiled when sovscan was built: the `CompileRules` build-tool plugin runs
/// `sovscan-compile-rules` over it and adds the compact forms of the rules and of the licence data to this module
/// (`generatedForms`, Base64 text in a generated source file). A process whose rules folder holds exactly the files
/// they were made from loads them without parsing YAML or JSON, even on its first run on a machine (issue 17); an
/// edited file has another source key and goes through `CompiledCache`'s folder as before.
public enum BundledRules {
    /// The compiled forms by their `CompiledCache.sourceKey`, for `CompiledCache(prebuilt:)`.
    public static let forms: [String: [UInt8]] = {
        var forms: [String: [UInt8]] = [:]
        for form in generatedForms {
            guard let data = Data(base64Encoded: form.base64) else { continue }
            forms[form.sourceKey] = [UInt8](data)
        }
        return forms
    }()
}
