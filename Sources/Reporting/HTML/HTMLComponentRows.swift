import Classification
import SovScanModel

/// The rows of the HTML report's component table (`HTMLComponentTable`), one per component of a system: the
/// system (in a portfolio), name, version, ecosystem, scope, direct, licence and, when classification ran, level,
/// technology, vendor (marked when presumed), country, bloc, SEAL and OSS.
struct HTMLComponentRows {
    let labels: ReportLabels
    /// Whether the first column names the system (a portfolio).
    let showSystem: Bool
    /// Whether the classification columns are written.
    let classified: Bool
    /// The level and bloc cells with their soft hyphens, made once rather than once per row.
    private let levelCells: [StackLevel: String]
    private let blocCells: [Bloc: String]

    init(labels: ReportLabels, showSystem: Bool, classified: Bool) {
        self.labels = labels
        self.showSystem = showSystem
        self.classified = classified
        levelCells = Dictionary(uniqueKeysWithValues: StackLevel.allCases.map { ($0, SoftHyphens.apply(labels.levelName($0))) })
        blocCells = Dictionary(uniqueKeysWithValues: Bloc.allCases.map { ($0, SoftHyphens.apply(labels.blocName($0))) })
    }

    /// Writes the rows of every component of `system`; `lookup` finds a component's classification.
    func write(_ system: SystemInventory, to html: inout HTMLBuilder, lookup: (PackageURL) -> Classification?) {
        for component in system.components {
            row(component, system: system, lookup: lookup, to: &html)
        }
    }

    private func row(_ component: Component, system: SystemInventory, lookup: (PackageURL) -> Classification?,
                     to html: inout HTMLBuilder) {
        html.element("tr") { html in
            // Identifiers (class `id`) may break anywhere when printed, so the name column can keep its width;
            // words break at their soft hyphens.
            if showSystem { html.element("td", [("class", "id")]) { $0.data(system.name) } }
            html.element("th", [("scope", "row")]) { html in
                html.data(component.displayName)
                if component.isFirstParty { html.text(" (" + labels.ownDevelopment + ")") }
            }
            html.element("td", [("class", "id")]) { $0.data(component.version ?? "–") }
            html.element("td", component.ecosystem.rawValue)
            html.element("td", labels.scopeName(component.scope) + (component.isOptional ? " (" + labels.optional + ")" : ""))
            html.element("td", labels.yesNo(component.isDirect))
            html.element("td") { html in
                let licence = ComponentText.licence(component)
                if licence.isEmpty { html.text(labels.unknown) } else { html.element("code") { $0.data(licence) } }
            }
            guard classified else { return }
            let classification = lookup(component.purl)
            html.element("td", classification?.level.flatMap { levelCells[$0] } ?? "–")
            html.element("td", [("class", "id")]) { $0.data(classification?.technology ?? "–") }
            html.element("td") { html in
                guard let vendor = classification?.vendor else { return html.text("–") }
                html.data(vendor.name)
                // A steward no rule names is presumed; the cell says so, as the note under the vendor table does.
                if vendor.isPresumed { html.text(" (" + labels.presumedVendor + ")") }
            }
            html.element("td") { $0.data(classification?.vendor?.country.map(labels.countryName) ?? "–") }
            html.element("td", classification.flatMap { blocCells[$0.bloc] } ?? "–")
            let seal = classification?.seal.map { "\($0)" }
            html.element("td", seal ?? "–", [("class", "num"), ("data-sort", seal ?? "-1")])
            html.element("td", classification.map { labels.yesNo($0.isOSS) } ?? "–")
        }
    }
}
