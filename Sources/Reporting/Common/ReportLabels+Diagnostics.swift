import SovScanModel

/// The scan's messages in the report's language: a diagnostic with a `DiagnosticDetail` is worded from its code
/// and values; the rest, and every diagnostic in English, keep the English message the scan wrote.
extension ReportLabels {
    func diagnosticText(_ diagnostic: Diagnostic) -> String {
        guard language == .da, let detail = diagnostic.detail else { return diagnostic.message }
        let values = detail.arguments
        func value(_ index: Int) -> String { index < values.count ? values[index] : "?" }
        switch detail.code {
        case .malformedFile: return "filen er ikke gyldig \(value(0)) og kunne ikke læses"
        case .unreadableFile: return "filen kan ikke åbnes eller læses"
        case .notRegularFile: return "ikke en almindelig fil; ikke læst"
        case .fileTooLarge: return "filen er større end grænsen på \(value(0)) byte; ikke læst"
        case .outsideRoot:
            return "stien fører uden for den scannede mappe (via et link eller '..'); ikke læst (--follow-links-outside læser den)"
        case .pathMissing: return "stien findes ikke"
        case .noManifest: return "intet manifest fundet: intet blev scannet i dette system (\(value(0)))"
        case .undefinedProperty:
            return "egenskaben ${\(value(0))} er ikke defineret: \(value(1)) har ingen brugbar version; den er opført uden version, "
                + "og dens afhængigheder og licenser er ukendte"
        case .unresolvedVersion: return "versionen af \(value(0)) kunne ikke fastlægges: dens licens og afhængigheder er ukendte"
        case .missingParent:
            return "forælder-POM'en \(value(0)) kan ikke læses fra Maven-repositoriet; nedarvede versioner, egenskaber og licenser mangler"
        case .missingPOM: return "POM'en for \(value(0)) findes ikke i Maven-repositoriet; dens afhængigheder og licenser er ukendte"
        case .fetchFailed:
            return "\(value(1)) forespørgsler til \(value(0)) mislykkedes; hvad de ville have oplyst, er ukendt (kør igen for at fuldende cachen)"
        case .invalidImage: return "ikke en gyldig reference til et containerimage: \(value(0))"
        case .templatedImage:
            return "\(value(0)): imaget sættes af et Helm-skabelonudtryk og kendes først, når chartet renderes (images i values.yaml læses)"
        case .registryPrefix:
            return "\(value(0)).repository er et registerpræfiks, som chartets skabeloner fuldender med imagenavne; de images kendes først, når chartet renderes"
        }
    }

    /// A diagnostic as one line, `file:line: severity: message`, in the report's language.
    func diagnosticLine(_ diagnostic: Diagnostic) -> String {
        (diagnostic.location.map { "\($0): " } ?? "") + severityName(Severity(diagnostic.severity)) + ": " + diagnosticText(diagnostic)
    }
}

extension ReportLanguage {
    /// A scan diagnostic as one line for standard error, `file:line: severity: message`, in this language (English
    /// is the diagnostic's own `description`).
    public func diagnosticLine(_ diagnostic: Diagnostic) -> String {
        self == .en ? diagnostic.description : ReportLabels(self).diagnosticLine(diagnostic)
    }
}
