import SovScanModel

/// The purls of a Maven build, each made once however many modules reach the same artifact, and numbered in the
/// order they were first asked for. Coordinates that make the same purl (a type that the purl leaves out) share
/// its number, so a number stands for one purl.
struct MavenPurlSlots {
    /// A purl's number, and whether the coordinates asked for are a module of the build.
    struct Slot {
        let purl: Int
        let isReactor: Bool
    }

    /// The coordinates of the build's own modules.
    private let reactor: Set<MavenCoordinates>
    /// Every key asked for, with its slot (`nil` when the coordinates make no purl).
    private var slots: [Key: Slot?] = [:]
    private var numbers: [PackageURL: Int] = [:]
    /// The purls by number.
    private(set) var purls: [PackageURL] = []

    init(reactor: Set<MavenCoordinates>) {
        self.reactor = reactor
    }

    /// The slot of the purl of `coordinates` with `type` and `classifier`; `nil` when they make no purl.
    mutating func slot(_ coordinates: MavenCoordinates, type: String, classifier: String) -> Slot? {
        let key = Key(coordinates: coordinates, type: type, classifier: classifier)
        if let known = slots[key] { return known }
        let slot = MavenCataloger.purl(coordinates, type: type, classifier: classifier).map { purl in
            Slot(purl: number(of: purl), isReactor: reactor.contains(coordinates))
        }
        slots[key] = slot  // also when `nil`: "makes no purl" is remembered, not asked again
        return slot
    }

    /// Per purl number, the position of the purl among the build's purls sorted as text.
    func ranks() -> [Int] {
        var rank = [Int](repeating: 0, count: purls.count)
        for (position, number) in purls.indices.sorted(by: { purls[$0] < purls[$1] }).enumerated() {
            rank[number] = position
        }
        return rank
    }

    private mutating func number(of purl: PackageURL) -> Int {
        if let known = numbers[purl] { return known }
        numbers[purl] = purls.count
        purls.append(purl)
        return purls.count - 1
    }

    /// What a Maven purl is made from.
    private struct Key: Hashable {
        let coordinates: MavenCoordinates
        let type: String
        let classifier: String
    }
}
