import SovScanModel

/// Whether any file of a tree names some npm packages (issue 15), to tell a dependency that nothing uses from one
/// that code, a stylesheet, a template or a configuration loads without an import statement: a database driver that
/// an ORM loads by its name (`client: 'pg'`), a view engine (`app.set('view engine', 'pug')`), a stylesheet's
/// `@import "~bootstrap/scss/bootstrap"`, `angular.json`'s `node_modules/leaflet/dist/leaflet.css`, a Dockerfile's
/// `node -r newrelic`, a script's `node -r dotenv/config`.
///
/// A name counts as mentioned when it is a whole word of a file's text, a word being a run of the characters npm
/// names and paths are made of (letters, digits, `@ . _ - / ~`), read as `/`-separated segments: `pg`, `'pug'`,
/// `~bootstrap/scss`, `node_modules/leaflet/dist`, `@react-pdf/renderer`. This errs on the side of mentioning: a
/// short name such as `ms` or `ws` is mentioned by almost any text, so only a package whose name appears nowhere is
/// left unmentioned.
///
/// Read are the text files of the tree (sources, stylesheets, templates, JSON and YAML configuration, shell scripts
/// with or without an extension, Dockerfiles, hidden configuration files such as `.babelrc` or `.env`), outside
/// `node_modules` and the hidden folders of tools (`passedOverHiddenFolders`: a CI workflow or an editor's settings
/// do not run the system), and the Dockerfiles, compose files, Procfiles and shell scripts of the folders above the
/// tree up to the scanned root. Left out are what names packages without using
/// them: lockfiles, documentation (`*.md`, `*.txt`), test files (`ProjectSources.isTestPath`) and, in each
/// `package.json`, the dependency declarations and descriptive members (its `scripts`, `main`, `jest` or `babel`
/// members are read). Bounded as `ProjectSources` is, with twice its bounds, since more kinds of files are read.
enum PackageMentions {
    /// The most files read and folder entries listed.
    static let bounds = ProjectSources.Bounds(files: 2 * ProjectSources.Bounds.standard.files,
                                              entries: 2 * ProjectSources.Bounds.standard.entries)

    /// The extensions of the text files read.
    static let textExtensions: Set<String> = [
        "js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts", "vue", "svelte", "astro",
        "css", "scss", "sass", "less", "styl", "pcss",
        "html", "htm", "njk", "nunjucks", "hbs", "handlebars", "ejs", "pug", "jade", "liquid", "twig", "mustache", "erb",
        "json", "json5", "jsonc", "yml", "yaml", "toml", "ini", "conf", "env", "properties",
        "sh", "bash", "py", "rb", "php", "mdx", "xml", "gradle", "kts", "jsp", "ftl", "ftlh", "vm", "xhtml", "cshtml",
        "razor", "prisma", "graphql",
    ]

    /// Hidden folders of tools that do not run the system: version control, CI, editors, package managers' caches
    /// and frameworks' build output. Other hidden folders are read (`.docker`, `.platform`).
    static let passedOverHiddenFolders: Set<String> = [
        ".git", ".github", ".gitlab", ".yarn", ".pnpm-store", ".next", ".nuxt", ".svelte-kit", ".turbo", ".cache",
        ".vscode", ".idea", ".husky", ".angular", ".expo", ".output", ".vercel", ".netlify",
    ]

    /// Files that name packages without using them.
    static let lockfileNames: Set<String> = [
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock",
    ]

    /// The members of a `package.json` that declare or describe rather than use.
    static let declarationMembers: Set<String> = [
        "name", "version", "description", "keywords", "author", "contributors", "maintainers", "license", "licenses",
        "repository", "homepage", "bugs", "funding", "engines", "dependencies", "devDependencies",
        "peerDependencies", "peerDependenciesMeta", "optionalDependencies", "bundleDependencies",
        "bundledDependencies", "dependenciesMeta", "overrides", "resolutions", "pnpm", "workspaces", "packageManager",
    ]

    /// The names of `candidates` (npm names, lower-case) that no file under `folder` (relative to the scanned root)
    /// mentions; `nil` when a bound stopped the reading first, since an unread file could name any of them.
    static func unmentioned(_ candidates: Set<String>, under folder: String, context: CatalogContext) -> Set<String>? {
        var search = Search(candidates)
        var reader = context.files
        reader.maximumSize = ProjectSources.maximumFileSize
        var files = 0
        var entries = 0
        var pending = [folder]
        while let current = pending.popLast(), !search.left.isEmpty {
            let listed = context.files.contents(ofFolder: context.absolutePath(current))
            entries += listed.count
            guard entries <= bounds.entries else { return nil }
            for name in listed where name != "node_modules" {
                let path = NPMPath.join(current, name)
                let inside = folder.isEmpty ? Substring(path) : path.dropFirst(folder.count + 1)
                if context.files.isFolder(context.absolutePath(path)) {
                    if !passedOverHiddenFolders.contains(name) { pending.append(path) }
                    continue
                }
                let extensionless = !name.contains(".")
                guard isRead(name) || extensionless, !ProjectSources.isTestPath(inside) else { continue }
                files += 1
                guard files <= bounds.files else { return nil }
                guard case .success(let bytes) = reader.read(context.absolutePath(path), reportedAs: path) else { continue }
                // An extensionless file counts when it is a script (`#!/usr/bin/env node`: express-generator's
                // `bin/www`), else it is data or a licence.
                if extensionless, !isRead(name), !bytes.starts(with: Array("#!".utf8)) { continue }
                if name == "package.json" {
                    search.read(packageJSON: bytes)
                } else {
                    search.read(bytes[...])
                }
                if search.left.isEmpty { break }
            }
        }
        // What runs the system may lie above the lockfile's folder: a Dockerfile, compose file, Procfile or shell
        // script in the folders between it and the scanned root.
        var above = folder
        while !above.isEmpty, !search.left.isEmpty {
            above = NPMPath.parent(above)
            for name in context.files.contents(ofFolder: context.absolutePath(above)) where isDeployment(name) {
                let path = NPMPath.join(above, name)
                guard case .success(let bytes) = reader.read(context.absolutePath(path), reportedAs: path) else { continue }
                search.read(bytes[...])
            }
        }
        return search.left
    }

    /// Whether a file of this name starts or deploys a system: a Dockerfile, a compose file, a Procfile, a shell
    /// script.
    static func isDeployment(_ name: String) -> Bool {
        name.hasPrefix("Dockerfile") || name.hasSuffix(".Dockerfile") || name.hasPrefix("docker-compose")
            || name.hasPrefix("compose.") || name == "Procfile" || name.hasSuffix(".sh")
    }

    /// Whether a file of this name is read for mentions.
    static func isRead(_ name: String) -> Bool {
        guard !lockfileNames.contains(name) else { return false }
        if name.hasPrefix(".") { return true }
        if name.hasPrefix("Dockerfile") || name.hasSuffix(".Dockerfile")
            || ["Procfile", "Makefile", "Jenkinsfile"].contains(name) {
            return true
        }
        guard let dot = name.lastIndex(of: ".") else { return false }
        return textExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// The names not yet mentioned, and the hashes of all the names looked for, so that a word is made into a string
    /// only when it may be one of them.
    struct Search {
        private(set) var left: Set<String>
        private let hashes: Set<UInt64>

        init(_ names: Set<String>) {
            left = names
            hashes = Set(names.map { Self.hash(Array($0.utf8)[...]) })
        }

        /// Reads `package.json` bytes outside their declaration members; text that is no JSON object is read whole.
        mutating func read(packageJSON bytes: [UInt8]) {
            guard let document = try? JSONDocument(bytes: bytes), let root = document.root.object else {
                read(bytes[...])
                return
            }
            var pending = root.members.filter { !declarationMembers.contains($0.key) }.map(\.value)
            while let value = pending.popLast(), !left.isEmpty {
                switch value.kind {
                case .string(let text): read(Array(text.utf8)[...])
                case .array(let values): pending += values
                case .object(let object):
                    for member in object.members {
                        read(Array(member.key.utf8)[...])
                        pending.append(member.value)
                    }
                default: break
                }
            }
        }

        /// Reads the words of `text`.
        mutating func read(_ text: ArraySlice<UInt8>) {
            var start = text.startIndex
            var index = text.startIndex
            while index < text.endIndex, !left.isEmpty {
                if !PackageMentions.isWordByte(text[index]) {
                    if index > start { read(word: text[start..<index]) }
                    start = index + 1
                }
                index += 1
            }
            if start < text.endIndex, !left.isEmpty { read(word: text[start...]) }
        }

        /// Reads one word: each `/`-separated segment (without leading `~` and trailing dots) may be a name, and so
        /// may a scope segment with the segment after it.
        private mutating func read(word: ArraySlice<UInt8>) {
            let segments = word.split(separator: UInt8(ascii: "/")).map { segment in
                var segment = segment
                while segment.first == UInt8(ascii: "~") { segment = segment.dropFirst() }
                while segment.last == UInt8(ascii: ".") { segment = segment.dropLast() }
                return segment
            }
            for (position, segment) in segments.enumerated() where !segment.isEmpty {
                let segmentHash = Self.hash(segment)
                if hashes.contains(segmentHash) { remove(segment) }
                if segment.first == UInt8(ascii: "@"), position + 1 < segments.count {
                    let scoped = Self.hash(segments[position + 1], continuing: Self.hash([UInt8(ascii: "/")][...], continuing: segmentHash))
                    if hashes.contains(scoped) { remove(segment + [UInt8(ascii: "/")] + segments[position + 1]) }
                }
            }
        }

        private mutating func remove(_ bytes: some Collection<UInt8>) {
            left.remove(String(decoding: bytes, as: UTF8.self).lowercased())
        }

        /// FNV-1a of the bytes with ASCII letters lower-cased, continuing from `seed`.
        static func hash(_ bytes: ArraySlice<UInt8>, continuing seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
            var value = seed
            for byte in bytes {
                let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                value = (value ^ UInt64(lower)) &* 0x0000_0100_0000_01b3
            }
            return value
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
