import SovScanModel

/// Finds the runtime dependencies of a first-party npm project that only its `package.json` scripts use: a
/// dependency whose executable a script runs (`"prebuild": "rimraf dist"`, `"postbuild": "yaml ..."`,
/// `"migrate": "prisma migrate deploy"`) and that no source file of the project imports. Such a package runs while
/// building or operating the project, never inside what it ships (issue 15).
///
/// Bounded and deterministic: the project's folder is walked in name order, outside `node_modules` and hidden
/// folders, reading at most `maximumFiles` source files of at most `maximumFileSize` bytes each (larger files are
/// bundles or generated code, and are skipped), and listing at most `maximumEntries` folder entries. When a cap is
/// reached the result is empty: an unread file could import the package.
struct ScriptOnlyDependencies {
    let context: CatalogContext

    /// The most source files read per project.
    static let maximumFiles = 5_000
    /// The largest source file read, in bytes.
    static let maximumFileSize = 512 << 10
    /// The most folder entries listed per project.
    static let maximumEntries = 50_000
    /// The extensions of the files read for imports.
    static let sourceExtensions: Set<String> = ["js", "mjs", "cjs", "ts", "mts", "cts", "tsx", "jsx", "vue", "svelte"]

    /// The runtime dependencies of `manifest` (the `package.json` of the project in `folder`, relative to the
    /// scanned root) that a script runs and no source file imports, each with the name of the first script that
    /// runs it. `bins` gives the executables a dependency installs (empty when the lockfile does not say).
    /// A dependency that an operations script runs (`isOperations`) is not one of them: it runs where the system runs.
    func find(manifest: PackageJSON, folder: String, bins: (String) -> [String]) -> [(name: String, script: String)] {
        var candidates: [(name: String, script: String)] = []
        for declaration in manifest.dependencies where declaration.kind == .production {
            let executables = Set(bins(declaration.name))
            guard !executables.isEmpty else { continue }
            let running = manifest.scripts.filter { Self.runs($0.command, anyOf: executables) }
            guard let script = running.first, !running.contains(where: { Self.isOperations($0.name, $0.command) })
            else { continue }
            candidates.append((declaration.name, script.name))
        }
        guard !candidates.isEmpty, let imported = importedNames(of: candidates.map(\.name), in: folder) else { return [] }
        return candidates.filter { !imported.contains($0.name) }
    }

    /// The executables of `name` as its installed `package.json` (`node_modules/<name>` in the first of `folders`
    /// that has it) declares them under `bin`; `nil` when none is installed.
    func installedExecutables(of name: String, folders: [String]) -> [String]? {
        for folder in folders {
            let path = NPMPath.join(folder, "node_modules/" + name, "package.json")
            guard case .success(let bytes) = context.files.read(context.absolutePath(path), reportedAs: path) else { continue }
            var ignored: [Diagnostic] = []
            if let manifest = PackageJSON.parse(bytes, file: path, diagnostics: &ignored) { return manifest.bins }
        }
        return nil
    }

    /// Whether a script runs when the system is started or deployed rather than built: `start`, `poststart` and
    /// `start:*`/`start-*` scripts (`prestart` usually builds) unless their name says development (`start:dev`,
    /// `start:debug`, `start:watch`, `start:local`, `start:test`, `start:mock`) or their command watches, and
    /// scripts whose name or command migrates or seeds a database (`"database:migrate": "prisma migrate deploy"`,
    /// `"db:seed"`, `knex migrate:latest`).
    static func isOperations(_ name: String, _ command: String) -> Bool {
        let name = name.lowercased()
        let developing = ["dev", "debug", "watch", "local", "test", "mock"].contains { name.contains($0) }
            || command.contains("watch")
        if !developing, name == "start" || name == "poststart" || name.hasPrefix("start:") || name.hasPrefix("start-") {
            return true
        }
        let text = name + " " + command.lowercased()
        return text.contains("migrat") || text.contains("seed")
    }

    /// The executables a package with a `bin` probably installs when only that it has one is known (pnpm's
    /// `hasBin`): its name without the scope (`rimraf`, `yaml`, `prisma`), and for a scoped package named `cli` its
    /// scope alone and with `-cli` (`@sentry/cli` installs `sentry-cli`, `@capacitor/cli` `capacitor`).
    static func likelyExecutables(of package: String) -> [String] {
        guard let slash = package.firstIndex(of: "/"), package.hasPrefix("@") else { return [package] }
        let scope = String(package[package.index(after: package.startIndex)..<slash])
        let name = String(package[package.index(after: slash)...])
        return name == "cli" ? [name, scope, scope + "-cli"] : [name]
    }

    /// Whether a script's command runs one of `executables`: a word of the command (split at blanks and shell
    /// operators) that is the executable, or a path ending in it (`node_modules/.bin/rimraf`).
    static func runs(_ command: String, anyOf executables: Set<String>) -> Bool {
        let words = command.split { " \t\n;&|()<>\"'`".contains($0) }
        return words.contains { word in
            let last = word.split(separator: "/").last.map(String.init) ?? String(word)
            return executables.contains(last)
        }
    }

    /// Which of `names` a source file under `folder` imports; `nil` when a cap was reached.
    private func importedNames(of names: [String], in folder: String) -> Set<String>? {
        var reader = context.files
        reader.maximumSize = Self.maximumFileSize
        var imported = Set<String>()
        var files = 0
        var entries = 0
        var pending = [folder]
        while let current = pending.popLast() {
            let listed = context.files.contents(ofFolder: context.absolutePath(current))
            entries += listed.count
            guard entries <= Self.maximumEntries else { return nil }
            for name in listed.reversed() where !name.hasPrefix(".") && name != "node_modules" {
                let path = NPMPath.join(current, name)
                guard let dot = name.lastIndex(of: "."), Self.sourceExtensions.contains(String(name[name.index(after: dot)...]))
                else {
                    if !name.contains(".") { pending.append(path) }
                    continue
                }
                files += 1
                guard files <= Self.maximumFiles else { return nil }
                guard case .success(let bytes) = reader.read(context.absolutePath(path), reportedAs: path) else { continue }
                for name in names where !imported.contains(name) && ModuleImports.imports(bytes, module: name) {
                    imported.insert(name)
                }
                if imported.count == names.count { return imported }
            }
        }
        return imported
    }
}

/// Recognises a module specifier in JavaScript or TypeScript source: `require('x')`, `import('x')`,
/// `import ... from 'x'`, `export ... from 'x'`, `import 'x'`, and sub-paths (`'x/sub'`).
enum ModuleImports {
    /// Whether `source` imports `module` or a sub-path of it.
    static func imports(_ source: [UInt8], module: String) -> Bool {
        let name = Array(module.utf8)
        guard !name.isEmpty, source.count > name.count + 2 else { return false }
        var index = 0
        let end = source.count - name.count - 1
        while index < end {
            let quote = source[index]
            if quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "`"),
               source[(index + 1)...].starts(with: name) {
                let after = source[index + 1 + name.count]
                if (after == quote || after == UInt8(ascii: "/")) && isImportBefore(source, index) { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether the text before a string literal that starts at `quote` makes it a module specifier.
    private static func isImportBefore(_ source: [UInt8], _ quote: Int) -> Bool {
        var position = skipBlanksBackwards(source, quote)
        if position > 0, source[position - 1] == UInt8(ascii: "(") {
            position = skipBlanksBackwards(source, position - 1)
            return ["require", "import"].contains(word(before: position, in: source))
        }
        return ["from", "import"].contains(word(before: position, in: source))
    }

    private static func skipBlanksBackwards(_ source: [UInt8], _ end: Int) -> Int {
        var position = end
        while position > 0, [9, 10, 13, 32].contains(source[position - 1]) { position -= 1 }
        return position
    }

    private static func word(before end: Int, in source: [UInt8]) -> String {
        var start = end
        while start > 0, isIdentifier(source[start - 1]) { start -= 1 }
        return String(decoding: source[start..<end], as: UTF8.self)
    }

    private static func isIdentifier(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 95 || byte == 36
    }
}
