/// The source file a `package.json` script runs with Node.js or a TypeScript runner
/// (`"build:data": "node scripts/make-data.js"`, `"generate": "tsx scripts/generate.ts"`, `"postinstall": "ts-node
/// -r tsconfig-paths/register tools/setup.ts"`): the first argument after the runner that is no option or option
/// value, in each command of the script. Arguments after that one are the file's own (`node scripts/check.js
/// src/index.ts` runs `scripts/check.js` only). A runner given code to evaluate (`node -e "..."`, `node -p`) runs no
/// file.
enum ScriptRunFiles {
    /// Programs that run a JavaScript or TypeScript file given as their first argument.
    static let runners: Set<String> = [
        "node", "nodejs", "ts-node", "ts-node-esm", "ts-node-transpile-only", "tsx", "vite-node", "babel-node", "esno",
        "esrun", "jiti", "sucrase-node", "bun", "deno", "zx", "tsm", "swc-node",
    ]
    /// Runner options that take the next word as their value.
    static let optionsWithValue: Set<String> = [
        "-r", "--require", "--loader", "--experimental-loader", "--import", "--env-file", "-P", "--project",
        "--tsconfig", "-C", "--conditions", "--cwd",
    ]
    /// Runner options that make it evaluate code given on the command line instead of running a file.
    static let evaluatesCode: Set<String> = ["-e", "--eval", "-p", "--print"]
    /// Sub-commands of a runner that come before the file (`deno run x.ts`, `bun run x.ts`).
    static let subcommands: Set<String> = ["run"]

    /// The paths (as written, relative to the project's folder) of the files `command` runs.
    static func paths(in command: String) -> [String] {
        var found: [String] = []
        for segment in command.split(whereSeparator: { ";&|()<>`\n".contains($0) }) {
            let words = segment.split(whereSeparator: { " \t\"'".contains($0) }).map(String.init)
            guard let runner = words.firstIndex(where: { runners.contains(NPMPath.lastSegment($0)) }) else { continue }
            var skipValue = false
            for word in words[(runner + 1)...] {
                if skipValue {
                    skipValue = false
                } else if evaluatesCode.contains(word) {
                    break
                } else if word.hasPrefix("$") {
                    // A variable (`node $NODE_OPTS server/server`) expands to options, or to nothing.
                    continue
                } else if word.hasPrefix("-") {
                    skipValue = optionsWithValue.contains(word)
                } else if !subcommands.contains(word) {
                    found.append(word)
                    break
                }
            }
        }
        return found
    }
}
