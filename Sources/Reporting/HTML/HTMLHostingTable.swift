import Analysis

extension HTMLSections {
    /// The portfolio's clouds per system: platform, vendor, country, bloc and evidence (nothing when no system
    /// names a cloud).
    func hosting(_ systems: [SystemHosting], to html: inout HTMLBuilder) {
        guard systems.contains(where: { !$0.clouds.isEmpty }) else { return }
        html.element("h3", labels.cloudsPerSystem)
        html.element("table", [("class", "hosting-table")]) { html in
            html.element("caption", labels.cloudsPerSystem)
            html.element("thead") { html in
                html.element("tr") { html in
                    for title in [labels.system, labels.platform, labels.vendor, labels.country, labels.bloc, labels.evidence] {
                        html.element("th", title, [("scope", "col")])
                    }
                }
            }
            html.element("tbody") { html in
                for system in systems {
                    let rows = system.clouds.isEmpty ? [nil] : system.clouds.map { Optional($0) }
                    for cloud in rows {
                        html.element("tr") { html in
                            html.element("th", [("scope", "row")]) { html in html.data(system.system) }
                            guard let cloud else {
                                html.element("td", labels.noCloudNamed, [("colspan", "5"), ("class", "note")])
                                return
                            }
                            html.element("td") { html in html.data(cloud.platform) }
                            html.element("td") { html in html.data(cloud.vendor ?? "") }
                            html.element("td") { html in html.data(cloud.country ?? "") }
                            html.element("td", cloud.bloc.rawValue)
                            html.element("td", cloud.evidence.joined(separator: ", "))
                        }
                    }
                }
            }
        }
    }
}
