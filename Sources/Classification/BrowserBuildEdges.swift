import SovScanModel

/// The dependencies that an npm package needs only when it runs in Node and that a browser build leaves out: the
/// package's `browser` field (https://github.com/defunctzombie/package-browser-field-spec), which webpack, Vite,
/// Rollup, esbuild and React Native's Metro honour, maps the module that needs them to a browser version or to
/// nothing (issue 15, sixteenth sample: a Vue app's axios brings form-data's tree, which the bundle never holds).
/// In a client app's bundle these dependencies do not ship through that package; a Node server, or a full-stack
/// project's server side, runs the Node version and ships them.
///
/// The facts are each package's own `package.json` `browser` field, read for the versions in use:
/// - axios maps its HTTP adapter (follow-redirects, proxy-from-env) to nothing and its Node platform, whose FormData
///   class is form-data, to the browser's (https://github.com/axios/axios/blob/v1.x/package.json; 0.27 maps
///   `lib/adapters/http.js` to the XHR adapter and `lib/defaults/env/FormData.js` to nothing); the https-proxy-agent
///   that later 1.x releases declare is an agent for Node's `https` module, which only that adapter can use
///   (thirty-seventh sample: Altinn's app-frontend-react, axios 1.16);
/// - form-data's browser entry `lib/browser.js` exports the browser's own FormData, so none of its dependencies load
///   (https://github.com/form-data/form-data/blob/master/package.json);
/// - node-fetch 2's browser entry `browser.js` returns the browser's fetch, without whatwg-url or encoding
///   (https://github.com/node-fetch/node-fetch/blob/2.x/package.json);
/// - isomorphic-fetch's browser entry loads whatwg-fetch instead of node-fetch
///   (https://github.com/matthew-andrews/isomorphic-fetch/blob/master/package.json), and cross-fetch maps its Node
///   ponyfill to the browser ponyfill (https://github.com/lquixada/cross-fetch/blob/main/package.json);
/// - superagent maps its Node entry to `client.js`, which with the modules it loads needs only component-emitter,
///   fast-safe-stringify and qs: the Node agent's cookie jar, debug, form-data, formidable, methods, mime, extend
///   and readable-stream stay out, and so does semver, which the client does not load before 7.0.0 and which the
///   browser field maps to nothing from 7.0.0, when `request-base.js` began to require it
///   (https://github.com/ladjs/superagent/blob/v8.1.2/package.json; read at tags v3.8.3, v5.3.1, v6.1.0, v7.0.0,
///   v7.1.6 and v8.1.2);
/// - isomorphic-dompurify maps its Node entry, which builds a DOM for DOMPurify with jsdom, to `browser.js`, which
///   hands DOMPurify the browser's window (https://github.com/kkomelin/isomorphic-dompurify/blob/master/package.json;
///   thirty-first sample: SURF's eduID front ends).
enum BrowserBuildEdges {
    /// By package name, the dependencies its browser build leaves out, and what replaces the module needing them.
    static let nodeOnly: [String: (dependencies: Set<String>, browser: String)] = [
        "axios": (["form-data", "follow-redirects", "proxy-from-env", "https-proxy-agent"],
                  "its browser field maps the HTTP adapter and the Node platform's FormData away"),
        "form-data": (["asynckit", "combined-stream", "mime-types", "es-set-tostringtag", "hasown", "safe-buffer"],
                      "its browser entry is the browser's own FormData"),
        "node-fetch": (["whatwg-url", "encoding"], "its browser entry is the browser's own fetch"),
        "isomorphic-fetch": (["node-fetch"], "its browser entry loads whatwg-fetch"),
        "cross-fetch": (["node-fetch"], "its browser field maps the Node ponyfill to the browser one"),
        "superagent": (["cookiejar", "debug", "extend", "form-data", "formidable", "methods", "mime", "readable-stream",
                        "semver"],
                       "its browser field maps the Node client to the XMLHttpRequest one"),
        "isomorphic-dompurify": (["jsdom"], "its browser field maps the jsdom-based Node entry to the browser's DOM"),
    ]

    /// Packages with which a client app's code also runs in Node, so that its Node dependencies ship: frameworks that
    /// render its pages on a server too (Nuxt, SvelteKit, SolidStart, Analog, Remix and React Router's server
    /// runtimes, TanStack Start, Vike, Angular's server rendering, Astro) and desktop runtimes whose main process is
    /// Node (Electron, NW.js; electron-builder and Electron Forge pack the `dependencies` into the app whole).
    static let alsoRunsInNode: Set<String> = [
        "nuxt", "nuxt3", "nuxt-edge", "@nuxt/bridge", "@sveltejs/kit", "@solidjs/start", "solid-start",
        "@analogjs/platform", "@remix-run/node", "@remix-run/serve", "@remix-run/express", "@react-router/node",
        "@react-router/serve", "@react-router/express", "@tanstack/react-start", "@tanstack/start", "vike",
        "vite-plugin-ssr", "@angular/ssr", "@angular/platform-server", "@nguniversal/express-engine", "astro",
        "electron", "electron-nightly", "nw",
    ]
    /// Packages that build a desktop app from a repository's projects: where any project declares one, an
    /// Electron app may keep its runtime dependencies in a second `package.json` (electron-builder's `app/`), so no
    /// project of the system counts as browser-only.
    static let desktopBuilders: Set<String> = ["electron", "electron-builder", "@electron-forge/cli", "@electron-forge/core"]

    /// Whether a client app's bundle is all that runs of it: none of its dependencies, of any scope (names), runs it
    /// in Node too (`alsoRunsInNode`).
    static func isBrowserOnly(dependencies: [String]) -> Bool {
        !dependencies.contains(where: alsoRunsInNode.contains)
    }

    /// Why `child` is left out of a browser build of `parent` ("axios: its browser field ..."), or `nil` when the browser build keeps it (or
    /// either is not an npm package).
    static func leavesOut(_ parent: Component, _ child: Component) -> String? {
        guard parent.ecosystem == .npm, child.ecosystem == .npm, parent.purl.namespace == nil,
              let entry = nodeOnly[parent.purl.name], entry.dependencies.contains(child.displayName) else { return nil }
        return "\(parent.displayName): \(entry.browser)"
    }
}
