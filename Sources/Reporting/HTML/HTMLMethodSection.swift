import SovScanModel

/// "Om metoden / Method": how the figures were made (counting unit, category cut-offs, coverage rule, rules
/// version and date, what is excluded, the SEAL scale, how the infrastructure levels are inferred) and, per
/// system, what is not known.
struct HTMLMethodSection {
    let input: ReportInput
    let labels: ReportLabels
    let context: ReportContext

    func write(to html: inout HTMLBuilder) {
        HTMLSections.section("method", labels.method, to: &html) { html in
            for paragraph in [labels.methodUnit(), labels.methodBands(), labels.methodCoverage(), labels.methodExcluded,
                              labels.methodSEAL, labels.methodInfrastructure] {
                html.element("p", paragraph)
            }
            html.element("p") { html in
                html.text(labels.rulesVersion + ": ")
                if let version = context.rulesVersion { html.element("code") { $0.data(version) } } else { html.text(labels.notRecorded) }
                html.text(". " + labels.madeAt(context.timestamp))
            }
            unknowns(to: &html)
        }
    }

    /// Per system: what the shares left out and what could not be known.
    private func unknowns(to html: inout HTMLBuilder) {
        let systems = input.inventory.systems
        guard !systems.isEmpty else { return }
        HTMLSections.table(to: &html) { html in
            html.element("caption", labels.methodUnknownsHeading)
            HTMLSections.head([(labels.system, false), (labels.notShipping, true), (labels.developmentTooling, true),
                               (labels.withoutLevel, true), (labels.unknownLicences, true), (labels.unresolvedVersions, true),
                               (labels.scanErrors, true)], to: &html)
            html.element("tbody") { html in
                for system in systems {
                    let figures = input.figures(of: system.name)
                    html.element("tr") { html in
                        html.element("th", [("scope", "row")]) { $0.data(system.name) }
                        for value in [figures?.excluded.notShipping, figures?.excluded.developmentTooling, figures?.excluded.withoutLevel,
                                      figures?.coverage.unknown, figures?.excluded.unresolvedVersions] {
                            html.element("td", value.map { "\($0)" } ?? "–", [("class", "num")])
                        }
                        html.element("td", "\(system.diagnostics.filter { $0.severity == .error }.count)", [("class", "num")])
                    }
                }
            }
        }
    }
}
