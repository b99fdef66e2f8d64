/// The executables of npm packages whose names their package names do not give (`tsc` from `typescript`, `nest`
/// from `@nestjs/cli`), for lockfiles that do not record them: pnpm records only that a package has a `bin`
/// (`hasBin`), yarn 1 nothing. Each entry is the `bin` of the package's own `package.json` (the file named beside
/// it, in the package's repository); `package-lock.json`, yarn 2+ lockfiles and installed packages state a
/// package's executables themselves and need no table. A package missing here falls back to the executable its
/// name gives (`ScriptOnlyDependencies.likelyExecutables`), which most packages install.
enum NPMKnownExecutables {
    /// Executables by package name, with the `package.json` that declares them.
    static let table: [String: (executables: [String], source: String)] = [
        "typescript": (["tsc", "tsserver"], "github.com/microsoft/TypeScript/blob/main/package.json"),
        "@nestjs/cli": (["nest"], "github.com/nestjs/nest-cli/blob/master/package.json"),
        "@angular/cli": (["ng"], "github.com/angular/angular-cli/blob/main/packages/angular/cli/package.json"),
        "npm-run-all": (["npm-run-all", "run-p", "run-s"], "github.com/mysticatea/npm-run-all/blob/master/package.json"),
        "npm-run-all2": (["npm-run-all", "run-p", "run-s"], "github.com/bcomnes/npm-run-all2/blob/master/package.json"),
        "dotenv-cli": (["dotenv"], "github.com/entropitor/dotenv-cli/blob/master/package.json"),
        "i18next-parser": (["i18next"], "github.com/i18next/i18next-parser/blob/master/package.json"),
    ]

    /// The executables `package` installs by the table; `nil` when the table does not know the package.
    static func of(_ package: String) -> [String]? {
        table[package]?.executables
    }
}
