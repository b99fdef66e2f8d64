import Catalogers
import SovScanModel

extension CatalogResult {
    /// The component with this purl text, if any (shared by every ecosystem's tests).
    func component(_ purl: String) -> Component? {
        components.first { $0.purl.description == purl }
    }
}
