import SovScanModel

/// The level each product of a multi-product SDK serves (a technology rule's `products:`): an app that links only
/// Firebase's Analytics, Crashlytics and App Check uses Firebase for operations, one that links Firestore for its
/// data. The products a project links come from its manifests (`Component.linkedProductsProperty`).
public struct ProductLevels: Sendable, Hashable, Codable {
    /// Each product name with its level.
    public var levels: [String: StackLevel]
    /// The products every other product builds on (`shared:`, such as FirebaseCore): linking them says nothing.
    public var shared: Set<String>
    /// The public page that lists the products and what they do (`source:`).
    public var source: String

    public init(levels: [String: StackLevel], shared: Set<String> = [], source: String) {
        self.levels = levels
        self.shared = shared
        self.source = source
    }

    /// The level of the products a project links (`linked`, as `Component.linkedProductsProperty` writes them),
    /// shared products left out: the most common level among them, ties by the order of the levels; `nil` when
    /// none is linked or one of them has no level here (an SDK's general products, such as Auth, serve whatever
    /// code calls them, so the project's level decides).
    public func level(linked: String?) -> (level: StackLevel, products: [String])? {
        guard let linked else { return nil }
        let products = linked.split(separator: ",").map { String($0.drop { $0 == " " }) }
            .filter { !$0.isEmpty && !shared.contains($0) }
        var counts: [StackLevel: Int] = [:]
        for product in products {
            guard let level = levels[product] else { return nil }
            counts[level, default: 0] += 1
        }
        guard let level = counts.max(by: { left, right in
            left.value != right.value ? left.value < right.value : left.key > right.key
        })?.key else { return nil }
        return (level, products)
    }
}
