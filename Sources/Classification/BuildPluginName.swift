import SovScanModel

/// Recognises a bundler plugin by its package name: the name without its scope holds a bundler's word next to
/// `plugin` or `plugins` (`@sentry/vite-plugin`, `@sentry/webpack-plugin`, `@sentry/bundler-plugin-core`,
/// `@sentry/bundler-plugins`, `rollup-plugin-copy`, `babel-plugin-macros`, `@emotion/babel-plugin`) or is an
/// `unplugin-*` package (a plugin for every bundler at once; `unplugin` itself is the library such plugins are
/// written with, and goes with what uses it). A bundler or compiler loads such a package while it builds; the
/// built app never does, whichever family's rule the package belongs to (issue 15). A plugin for a runtime library
/// (`chartjs-plugin-datalabels`, `@jimp/plugin-cover`, `dayjs` plugins) names no bundler and is not one.
enum BuildPluginName {
    /// The bundlers and compilers whose plugins run only while building.
    static let bundlers: Set<String> = ["webpack", "rollup", "vite", "esbuild", "rolldown", "rspack", "parcel",
                                        "turbopack", "bundler", "babel"]

    /// The bundler word of a bundler plugin's name (`vite` for `@sentry/vite-plugin`, `unplugin` for `unplugin-icons`),
    /// `nil` for any other npm package.
    static func bundler(of purl: PackageURL) -> String? {
        guard purl.type == "npm" else { return nil }
        let words = NameWords.of(purl.name)
        if words.first == "unplugin", words.count > 1 { return "unplugin" }
        for (first, second) in zip(words, words.dropFirst()) {
            if bundlers.contains(first), second == "plugin" || second == "plugins" { return first }
            if bundlers.contains(second), first == "plugin" || first == "plugins" { return second }
        }
        return nil
    }
}
