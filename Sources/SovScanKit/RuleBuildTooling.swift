import Catalogers
import Classification
import SovScanModel

/// The build tooling the rules name (`BuildToolingPackages`): a package whose technology rule has the level
/// `development-tooling` (Babel, ESLint, PostCSS, the minifiers, `@types/*`). The classifier is asked only when a
/// cataloger asks, so a scan without a bundled front end decodes no rules for it.
struct RuleBuildTooling: BuildToolingPackages {
    let classification: ClassificationStage

    func isBuildTooling(_ purl: PackageURL) -> Bool {
        classification.classifier.match(purl).technology?.level == .developmentTooling
    }
}
