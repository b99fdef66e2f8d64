import SovScanModel

/// A Cordova app (issue 15): a project whose `package.json` has a `cordova` member, where `cordova platform add` and
/// `cordova plugin add` record the platforms it is built for and the plugins it uses
/// (https://cordova.apache.org/docs/en/latest/platform_plugin_versioning_ref/). `cordova build` compiles each
/// platform's native shell (`cordova-android`, `cordova-ios`) and every plugin's native and JavaScript code into the
/// mobile app, so:
/// - the project is a client app (`Component.clientAppProperty`): what it declares runs on the device;
/// - the platforms and plugins it names ship with the app, also when only `devDependencies` declares them (as the
///   Cordova CLI writes them): they move to the shipping scope with `Component.bundledIntoInterfaceProperty`, which
///   keeps that the manifest said development and says why they ship (a plugin that only prepares the native
///   projects, a build hook, still takes its rule's level, development tooling). What they depend on is not moved:
///   a platform's npm dependencies build the native project, and most plugins carry their code in their own
///   package; one that compiles a library from a dependency of its own leaves that dependency where it was.
///
/// The keys of `cordova.plugins` are plugin ids, which are mostly the npm package names; a plugin whose id differs
/// (`com.unarin.cordova.beacon` for `cordova-plugin-ibeacon`) is not moved.
enum CordovaApp {
    /// The `cordova` member of a `package.json`.
    struct Declaration: Sendable, Equatable {
        /// The plugin packages, in file order (the keys of `plugins`).
        let plugins: [String]
        /// The platforms (`android`, `ios`), in file order.
        let platforms: [String]

        init(plugins: [String], platforms: [String]) {
            self.plugins = plugins
            self.platforms = platforms
        }

        /// Reads `{"plugins": {"name": {variables}}, "platforms": ["android", "ios"]}`; anything else is ignored.
        init(member: JSONObject) {
            plugins = member["plugins"]?.object?.members.map(\.key) ?? []
            platforms = member["platforms"]?.array?.compactMap(\.string) ?? []
        }

        /// The package of each platform (`cordova-android` for `android`) and each plugin, with the words saying
        /// where the manifest names it.
        var packages: [(name: String, origin: String)] {
            platforms.map { ("cordova-" + $0, "cordova.platforms: \($0)") } + plugins.map { ($0, "cordova.plugins") }
        }
    }

    /// The client-app marker's words: `Cordova app (package.json: platforms android, ios; 12 plugins)`.
    static func evidence(_ declaration: Declaration) -> String {
        var parts: [String] = []
        if !declaration.platforms.isEmpty { parts.append("platforms " + declaration.platforms.joined(separator: ", ")) }
        if !declaration.plugins.isEmpty {
            parts.append("\(declaration.plugins.count) plugin" + (declaration.plugins.count == 1 ? "" : "s"))
        }
        return "Cordova app (package.json" + (parts.isEmpty ? "" : ": " + parts.joined(separator: "; ")) + ")"
    }

    /// Marks each Cordova project of `result` (`manifests` by folder) a client app and moves the platforms and
    /// plugins it names that its declarations reach into the shipping scope.
    static func mark(_ result: inout CatalogResult, manifests: [String: PackageJSON]) {
        for (_, manifest) in manifests.sorted(by: { $0.key < $1.key }) {
            guard let declaration = manifest.cordova, let project = manifest.projectIndex(in: result.components)
            else { continue }
            result.components[project].properties[Component.clientAppProperty] = evidence(declaration)
            let origins = Dictionary(declaration.packages.map { ($0.name.lowercased(), $0.origin) },
                                     uniquingKeysWith: { first, _ in first })
            let projectPurl = result.components[project].purl
            let declared = Set(result.edges.filter { $0.from == projectPurl }.map(\.to))
            for index in result.components.indices where declared.contains(result.components[index].purl) {
                let component = result.components[index]
                guard !component.ships, !component.isFirstParty, let origin = origins[component.displayName.lowercased()]
                else { continue }
                result.components[index].scope = .runtime
                result.components[index].properties[Component.bundledIntoInterfaceProperty] =
                    "named by the Cordova app, which builds it into the app: \(manifest.file) \(origin)"
            }
        }
    }
}
