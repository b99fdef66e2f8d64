import Classification
import SovScanModel

/// The component table of the HTML report: one row per component and system, every column sortable and the
/// rows filterable by the inline script; without the script the whole table is shown as written.
/// Classification columns appear when classification ran.
struct HTMLComponentTable {
    let input: ReportInput
    let labels: ReportLabels

    func write(to html: inout HTMLBuilder) {
        let systems = input.inventory.systems
        let showSystem = systems.count > 1
        let classified = !input.classifications.isEmpty
        let rowCount = systems.map(\.components.count).reduce(0, +)
        html.element("section", [("id", "components-section"), ("aria-labelledby", "components-heading")]) { html in
            html.element("h2", labels.components, [("id", "components-heading")])
            if !classified { html.element("p", labels.needsClassification, [("class", "note")]) }
            if showSystem { html.element("p", labels.componentsAppendixNote, [("class", "note")]) }
            html.element("div", [("class", "tools"), ("id", "component-tools"), ("hidden", "")]) { html in
                html.element("label", labels.filter + " ", [("for", "component-filter")])
                html.open("input", [("type", "search"), ("id", "component-filter"), ("aria-controls", "components")])
                html.text(" ")
                html.element("span", [("aria-live", "polite")]) { html in
                    html.element("span", "\(rowCount)", [("id", "component-count")])
                    html.text(" " + labels.shown + ". " + labels.sortHint)
                }
            }
            html.open("div", [("class", "scroll")])
            html.element("table", [("id", "components")]) { html in
                html.element("caption", "\(labels.components) (\(rowCount))")
                html.element("thead") { html in
                    html.element("tr") { html in
                        var columns: [(String, Bool)] = []
                        if showSystem { columns.append((labels.system, false)) }
                        columns += [(labels.name, false), (labels.version, false), (labels.ecosystem, false), (labels.scope, false),
                                    (labels.direct, false), (labels.licence, false)]
                        if classified {
                            columns += [(labels.level, false), (labels.technology, false), (labels.vendor, false), (labels.country, false),
                                        (labels.bloc, false), ("SEAL", true), ("OSS", false)]
                        }
                        for (title, numeric) in columns {
                            html.element("th", SoftHyphens.apply(title), [("scope", "col"), ("class", numeric ? "num" : nil)])
                        }
                    }
                }
                html.element("tbody") { html in
                    for system in systems {
                        for component in system.components {
                            row(component, system: system, showSystem: showSystem, classified: classified, to: &html)
                        }
                    }
                }
            }
            html.close("div")
        }
    }

    private func row(_ component: Component, system: SystemInventory, showSystem: Bool, classified: Bool, to html: inout HTMLBuilder) {
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
            let classification = input.classification(of: component.purl, in: system.name)
            html.element("td", classification?.level.map { SoftHyphens.apply(labels.levelName($0)) } ?? "–")
            html.element("td", [("class", "id")]) { $0.data(classification?.technology ?? "–") }
            html.element("td") { $0.data(classification?.vendor?.name ?? "–") }
            html.element("td") { $0.data(classification?.vendor?.country.map(labels.countryName) ?? "–") }
            html.element("td", classification.map { SoftHyphens.apply(labels.blocName($0.bloc)) } ?? "–")
            html.element("td", classification?.seal.map { "\($0)" } ?? "–", [("class", "num"), ("data-sort", classification?.seal.map { "\($0)" } ?? "-1")])
            html.element("td", classification.map { labels.yesNo($0.isOSS) } ?? "–")
        }
    }
}
