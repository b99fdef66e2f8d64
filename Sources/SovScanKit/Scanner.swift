import Catalogers
import SovScanModel

/// Runs the stages of a scan (DESIGN section 1) for one or more paths.
public struct Scanner: Sendable {
    public var catalogers: [any Cataloger]

    public init(catalogers: [any Cataloger] = Scanner.defaultCatalogers) {
        self.catalogers = catalogers
    }
}
