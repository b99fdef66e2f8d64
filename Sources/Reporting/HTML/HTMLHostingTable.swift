import Analysis

extension HTMLPortfolioSections {
    /// The portfolio's clouds per system: platform, vendor, country, jurisdiction and evidence, then the image
    /// registries with their operators (nothing when no system names a cloud or a registry).
    func hosting(to html: inout HTMLBuilder) {
        guard let systems = input.portfolio?.hosting,
              systems.contains(where: { !$0.clouds.isEmpty || !$0.registries.isEmpty }) else { return }
        HTMLSections.section("hosting", labels.cloudsPerSystem, to: &html) { html in
            HTMLSections.table([("class", "hosting-table")], to: &html) { html in
                HTMLSections.head([(labels.system, false), (labels.platform, false), (labels.vendor, false),
                                   (labels.country, false), (labels.bloc, false), (labels.evidence, false)], to: &html)
                html.element("tbody") { html in
                    for system in systems {
                        let rows = system.clouds.isEmpty ? [nil] : system.clouds.map { Optional($0) }
                        for cloud in rows {
                            html.element("tr") { html in
                                html.element("th", [("scope", "row")]) { $0.data(system.system) }
                                guard let cloud else {
                                    html.element("td", labels.noCloudNamed, [("colspan", "5"), ("class", "note")])
                                    return
                                }
                                html.element("td") { $0.data(cloud.platform) }
                                html.element("td") { $0.data(cloud.vendor ?? "–") }
                                html.element("td") { $0.data(cloud.country ?? "–") }
                                html.element("td", labels.blocName(cloud.bloc))
                                html.element("td") { $0.data(labels.evidenceList(cloud.evidence)) }
                            }
                        }
                        for registry in system.registries {
                            html.element("tr") { html in
                                html.element("th", [("scope", "row")]) { $0.data(system.system) }
                                html.element("td") { $0.data(registry.registry) }
                                html.element("td") { $0.data(registry.vendorName ?? "–") }
                                html.element("td") { $0.data(registry.country ?? "–") }
                                html.element("td", labels.blocName(registry.bloc))
                                html.element("td", labels.imageRegistry)
                            }
                        }
                    }
                }
            }
        }
    }
}
