import SovScanModel

/// The level of a pin that no manifest connects: SwiftPM's `Package.resolved` lists pins without edges, so without
/// checkouts or fetched manifests (`--online`) the cataloguer hangs such a pin off the project that pins it
/// (`Component.unknownParentProperty`). A lockfile pins the packages its projects' manifests declare and what
/// those need, so one of the declared packages the same lockfile pins brought the pin in. When all of those
/// (declared anywhere in the system: more candidates, never fewer) have one level, as in a package whose only
/// declared pin is Nimble for its tests, whichever brought the pin in, it inherits that level. When they disagree
/// the pin keeps its ecosystem's default, and the decision says why.
struct UnconnectedPins {
    let system: SystemInventory
    /// For each lockfile (`Package.resolved`, by path), the positions of the declared third-party packages it pins.
    private let declaredIn: [String: [Int]]

    init(system: SystemInventory) {
        self.system = system
        declaredIn = Self.byLockfile(system.components) { $0.isDirect && !$0.isFirstParty }
    }

    /// Whether a component is a pin that no manifest connects (and that no project declares).
    static func isUnconnected(_ component: Component) -> Bool {
        !component.isDirect && !component.isFirstParty
            && component.properties[Component.unknownParentProperty] == Component.unknownParentValue
    }

    /// The lockfiles that pin a component: its locations in files named `Package.resolved`.
    static func lockfiles(_ component: Component) -> Set<String> {
        Set(component.locations.map(\.file).filter { $0 == "Package.resolved" || $0.hasSuffix("/Package.resolved") })
    }

    /// For each lockfile (by path), the positions of the components it pins that pass `include`, in order.
    static func byLockfile(_ components: [Component], where include: (Component) -> Bool) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for (index, component) in components.enumerated() where include(component) {
            for file in lockfiles(component) { positions[file, default: []].append(index) }
        }
        return positions
    }

    /// What the declared packages beside an unconnected pin say: the level they all have with the decision, or,
    /// when they disagree or there are none, `nil` with words for the default's decision.
    func level(of index: Int, levels: [StackLevel?]) -> (decided: (StackLevel, Decision)?, why: String) {
        let components = system.components
        let declared = Set(Self.lockfiles(components[index]).flatMap { declaredIn[$0] ?? [] }).sorted()
        let unconnected = "no manifest connects this pin (Package.resolved lists no edges; its parents' manifests "
            + "are read from checkouts or with --online)"
        guard !declared.isEmpty else { return (nil, unconnected + " and no package its lockfile pins is declared") }
        var byLevel: [StackLevel?: [String]] = [:]
        for candidate in declared { byLevel[levels[candidate], default: []].append(components[candidate].displayName) }
        func list(_ names: [String]) -> String {
            let sorted = names.sorted()
            return sorted.prefix(3).joined(separator: ", ") + (sorted.count > 3 ? " and \(sorted.count - 3) more" : "")
        }
        if byLevel.count == 1, let (level, names) = byLevel.first, let level {
            return ((level, Decision(fact: "level", value: level.rawValue,
                                     reason: "\(unconnected); every declared package its lockfile pins is "
                                         + "\(level.rawValue) (\(list(names))), so whichever brought it in, it inherits that")),
                    "")
        }
        let levelsSeen = byLevel.keys.map { $0?.rawValue ?? "none" }.sorted().joined(separator: ", ")
        return (nil, "\(unconnected); the declared packages its lockfile pins disagree (\(levelsSeen))")
    }
}
