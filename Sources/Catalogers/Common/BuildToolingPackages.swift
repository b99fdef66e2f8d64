import SovScanModel

/// Knows which packages are build, lint or test tooling by their own role (issue 15): Babel, ESLint, PostCSS, the
/// minifiers, type declarations and the like, which the rules file at the level `development-tooling`. A bundled
/// front end (`BundledShipping`) packs none of them merely because a package it packs declares one: a bundler
/// follows imports, and such a dependency serves the package's own build (mermaid 8 declares `babel-eslint` and
/// the `minify` command among its dependencies; Wiki.js 2 bundles mermaid, not them).
///
/// Catalogers know no rules (DESIGN section 2): the scanner hands them this knowledge, taken from the rules.
public protocol BuildToolingPackages: Sendable {
    /// Whether the own role of the package `purl` names is build, lint or test tooling.
    func isBuildTooling(_ purl: PackageURL) -> Bool
}
