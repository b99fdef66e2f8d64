import Classification
import SovScanModel

/// The component table of the HTML report: one row per component and system, every column sortable and the
/// rows filterable by the inline script; without the script the whole table is shown as written.
/// Classification columns appear when classification ran. With `streamed` rows (a portfolio's single-file
/// report, whose rows were written a system at a time), the table leaves its body empty and marks where the
/// rows go (`HTMLBuilder.markRows`).
struct HTMLComponentTable {
    let input: ReportInput
    let labels: ReportLabels
    var streamed: HTMLStreamedRows?

    func write(to html: inout HTMLBuilder) {
        let systems = input.inventory.systems
        let showSystem = systems.count > 1
        let classified = streamed?.classified ?? !input.classifications.isEmpty
        let rowCount = streamed?.count ?? systems.map(\.components.count).reduce(0, +)
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
                    if streamed != nil {
                        html.markRows()
                        return
                    }
                    let rows = HTMLComponentRows(labels: labels, showSystem: showSystem, classified: classified)
                    for system in systems {
                        rows.write(system, to: &html) { input.classification(of: $0, in: system.name) }
                    }
                }
            }
            html.close("div")
        }
    }
}
