#!/usr/bin/env python3
"""Re-runs the hostile-input campaign of issue 20 (sections 1-4) as a user would: every case is a repository (or
SBOM, rules layer, policy) written to a temporary folder, scanned by the given sovscan binary under
`/usr/bin/time -v`, and checked. Prints a Markdown table: case, result, exit code (expected), wall time, peak
resident memory.

  hostile-campaign.py SOVSCAN [--big] [CASE ...]

SOVSCAN is the binary (a release build: `swift build -c release --product sovscan`). --big adds the
1,000,000-component SBOM (221 MB) and the 2,000-module chain. CASE names run only those cases. Exit 1 when a case
fails.
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVIL = r"x\u001b]8;;http://evil\u0007\n::error file=x.js,line=1::INJECTED\r\u009b2J\u202e"
RAW_CONTROLS = ["\x1b", "\x07", "\r", "\x9b", "\u202e"]


def write(root, relative, text):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as out:
        out.write(text)


def link(root, relative, target):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    os.symlink(target, path)


def fifo(root, relative):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    os.mkfifo(path)


def package_json(names):
    deps = ",".join(f'"{name}": "1.0.0"' for name in names)
    return f'{{"name": "app", "version": "1.0.0", "dependencies": {{{deps}}}}}'


def lockfile(names):
    deps = ",".join(f'"{name}": "1.0.0"' for name in names)
    packages = "".join(f',"node_modules/{name}": {{"version": "1.0.0", "license": "MIT"}}' for name in names)
    return ('{"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {'
            f'"": {{"name": "app", "version": "1.0.0", "dependencies": {{{deps}}}}}{packages}}}}}')


def pom_with_parent(path):
    return ("<project><modelVersion>4.0.0</modelVersion><parent><groupId>org.evil</groupId><artifactId>parent"
            f"</artifactId><version>1</version><relativePath>{path}</relativePath></parent>"
            "<artifactId>app</artifactId></project>")


def inert(text):
    """No raw control character and no line a CI runner reads as a workflow command."""
    if any(character in text for character in RAW_CONTROLS):
        return False
    return not any(line.lstrip(" \t").startswith(("::", "##")) for line in text.split("\n"))


# Each case: (name, section, what, setup(root) -> (arguments, working folder relative to root), expected exit,
# check(stdout, stderr) -> problem or None).
def case_parent(target):
    def setup(root):
        write(root, "pom.xml", pom_with_parent(target))
        if target == "fifo":
            fifo(root, "fifo")
        os.makedirs(os.path.join(root, "m2"), exist_ok=True)
        return ["scan", ".", "--format", "json", "--maven-repo", "m2"], "."
    return setup


def check_parent(out, err):
    if "is not a regular file inside the scanned folder" not in err:
        return "no diagnostic for the parent"
    return None if "pkg:maven/org.evil/app@1" in out else "the module is missing"


def setup_installed(root):
    write(root, "package.json", package_json(["zero", "pipe", "fine"]))
    write(root, "package-lock.json", lockfile(["zero", "pipe", "fine"]))
    link(root, "node_modules/zero/package.json", "/dev/zero")
    fifo(root, "node_modules/pipe/package.json")
    write(root, "node_modules/fine/package.json", '{"name": "fine", "version": "1.0.0", "license": "ISC"}')
    fifo(root, "node_modules/fine/LICENSE")
    return ["scan", ".", "--format", "json"], "."


def setup_root_link(root):
    write(root, "package.json", package_json([]))
    link(root, "everything", "/")
    link(root, "deep/up", "../..")
    return ["scan", ".", "--format", "json"], "."


def check_root_link(out, err):
    if "a link to outside the scanned folder; not followed" not in err:
        return "no diagnostic for the link"
    return "read outside" if '"/usr' in out else None


def setup_property_bomb(root):
    properties = "<p0>xxxxxxxxxx</p0>" + "".join(f"<p{n}>${{p{n - 1}}}${{p{n - 1}}}</p{n}>" for n in range(1, 33))
    write(root, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>org.evil</groupId><artifactId>bomb"
          f"</artifactId><version>1</version><properties>{properties}</properties><dependencies><dependency><groupId>"
          "org.ok</groupId><artifactId>used</artifactId><version>${p32}</version></dependency><dependency><groupId>"
          "org.ok</groupId><artifactId>fine</artifactId><version>2.0</version></dependency></dependencies></project>")
    os.makedirs(os.path.join(root, "m2"), exist_ok=True)
    return ["scan", ".", "--format", "json", "--maven-repo", "m2"], "."


def check_property_bomb(out, err):
    if "expands to more than" not in err:
        return "no diagnostic for the expansion"
    return None if "pkg:maven/org.ok/fine@2.0" in out and len(out) < 1 << 20 else "lost or huge output"


def setup_pnpm_aliases(root):
    count = 2200
    text = "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      p0: {specifier: 1.0.0, version: 1.0.0}\n"
    text += "packages:\n" + "".join(f"  p{n}@1.0.0: {{resolution: {{integrity: sha512-x}}}}\n" for n in range(count))
    text += "snapshots:\n  p0@1.0.0:\n    dependencies: &all\n" + "".join(f"      p{n}: 1.0.0\n" for n in range(count))
    text += "".join(f"  p{n}@1.0.0: {{dependencies: *all}}\n" for n in range(1, count))
    write(root, "package.json", package_json(["p0"]))
    write(root, "pnpm-lock.yaml", text)
    return ["scan", ".", "--format", "json"], "."


def setup_rules_bomb(root):
    rules = "schema: 1\ntechnologies:\n  - id: t0\n    name: T0\n    level: backend\n    patterns: &p ["
    rules += ", ".join(f'"pkg:npm/p{n}"' for n in range(1000)) + "]\n"
    rules += "".join(f"  - {{id: t{n}, name: T, level: backend, patterns: *p}}\n" for n in range(1, 1000))
    write(root, "app/package.json", package_json(["p0"]))
    write(root, "rules/technologies/bomb.yml", rules)
    return ["scan", "app", "--rules", "rules"], "."


def check_few_lines(out, err):
    lines = err.count("\n")
    return None if "expands (through aliases)" in err and lines < 10 else f"{lines} diagnostic lines"


def setup_policy_bomb(root):
    policy = 'a0: &a0 ["MIT"]\n' + "".join(
        f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]\n" for n in range(1, 10))
    write(root, "package.json", package_json(["p0"]))
    write(root, ".sovscan.yml", policy + "licenses: {allow: *a9}\n")
    return ["check", "."], "."


def setup_sbom(count):
    def setup(root):
        subprocess.run([sys.executable, os.path.join(HERE, "gen-hostile-bench.py"), "sbom", str(count), root], check=True)
        return ["scan", "--sbom", "bom.json", "--quiet", "--format", "csv:out.csv"], "."
    return setup


def check_sbom(count):
    def check(root):
        with open(os.path.join(root, "out.csv"), "rb") as csv:
            rows = csv.read().count(b"\r\n")
        return None if rows == count + 1 else f"{rows} CSV lines for {count} components"
    return check


def setup_chain(count):
    def setup(root):
        subprocess.run([sys.executable, os.path.join(HERE, "gen-hostile-bench.py"), "chain", str(count), root], check=True)
        return ["scan", ".", "--quiet", "--format", "json:out.json", "--maven-repo", "m2"], "."
    return setup


def check_chain(count):
    def check(root):
        with open(os.path.join(root, "out.json")) as out:
            text = out.read()
        return None if f"pkg:maven/g/m{count}@1" in text else "the last module is missing"
    return check


def setup_deep_chain(root):
    count = 1000
    modules = "".join(f"<module>m{n}</module>" for n in range(1, count + 1))
    write(root, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>m0</artifactId>"
          f"<version>1</version><packaging>pom</packaging><modules>{modules}</modules></project>")
    for n in range(1, count + 1):
        write(root, f"m{n}/pom.xml", "<project><modelVersion>4.0.0</modelVersion><parent><groupId>g</groupId>"
              f"<artifactId>m0</artifactId><version>1</version></parent><artifactId>m{n}</artifactId><dependencies>"
              f"<dependency><groupId>g</groupId><artifactId>m{n - 1}</artifactId><version>1</version></dependency>"
              "</dependencies></project>")
    os.makedirs(os.path.join(root, "m2"), exist_ok=True)
    return ["scan", ".", "--format", "json", "--maven-repo", "m2"], "."


def check_deep_chain(out, err):
    cut = sum(1 for line in err.split("\n") if "deeper than" in line)
    return None if cut == 1 and "pkg:maven/g/m1000@1" in out else f"{cut} depth diagnostics"


def setup_forged(root):
    folder = "app\n::warning file=y.js::FOLDER"
    write(root, folder + "/package.json", package_json(["ok"]))
    write(root, folder + "/package-lock.json",
          '{"name": "app", "version": "1.0.0", "lockfileVersion": 3, "packages": {'
          '"": {"name": "app", "version": "1.0.0", "dependencies": {"ok": "1.0.0"}},'
          f'"node_modules/ok": {{"version": "1.0.0-{EVIL}", "license": "MIT", "dependencies": {{"{EVIL}": "1.0.0"}}}},'
          f'"node_modules/{EVIL}": {{"version": "1.0.0-{EVIL}", "license": "MIT"}}}}}}')
    write(root, ".sovscan.yml", "licenses: { deny: [MIT] }\n")
    return root


def setup_forged_command(arguments):
    def setup(root):
        setup_forged(root)
        return arguments, "."
    return setup


def check_inert(out, err):
    return None if inert(out) and inert(err) else "a raw control character or a forged command line"


def check_github(out, err):
    for line in out.split("\n")[:-1]:
        if not line.startswith(("::error file=", "::warning", "::notice")):
            return f"a line that is not ours: {line[:60]!r}"
        if any(character in line for character in RAW_CONTROLS):
            return "a raw control character"
    return None if inert(err) else "stderr not inert"


def setup_hostile_sbom(root):
    write(root, "bom.json", '{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library", '
          f'"name": "{EVIL}", "version": "{EVIL}", "purl": "pkg:npm/evil@1.0.0", "licenses": [{{"license": '
          f'{{"name": "{EVIL}"}}}}]}}]}}')
    return ["scan", "--sbom", "bom.json", "--no-color", "--verbose"], "."


def setup_vendor_link(root):
    write(root, "app/package.json", package_json([]))
    write(root, "outside/package.json", package_json(["stolen"]))
    write(root, "outside/package-lock.json", lockfile(["stolen"]))
    link(root, "app/vendor-link", "../outside")
    return ["scan", ".", "--format", "json"], "app"


def check_no(text, diagnostic):
    def check(out, err):
        if text in out or text in err:
            return f"'{text}' was read"
        return None if diagnostic in err else "no diagnostic"
    return check


def setup_passwd(root):
    write(root, "app/package.json", package_json(["a"]))
    link(root, "app/package-lock.json", "/etc/passwd")
    link(root, "app/yarn.lock", "/etc/passwd")
    return ["scan", ".", "--format", "json"], "app"


def setup_lock_keys(root):
    write(root, "package.json", package_json(["ok"]))
    write(root, "package-lock.json", '{"name": "app", "version": "1.0.0", "lockfileVersion": 3, "packages": {'
          '"": {"name": "app", "version": "1.0.0", "dependencies": {"ok": "1.0.0"}},'
          '"node_modules/ok": {"version": "1.0.0"}, "node_modules/..": {"version": "1.0.0"},'
          '"node_modules/.": {"version": "1.0.0"}, "node_modules/../../etc/passwd": {"version": "1.0.0"},'
          '"/etc/passwd": {"version": "1.0.0"}}}')
    return ["scan", ".", "--format", "cyclonedx"], "."


def check_lock_keys(out, err):
    if any(bad in out for bad in ["pkg:npm/..", "pkg:npm/.@", "passwd"]):
        return "a path key became a component"
    rejected = err.count("is not a plain relative install path")
    return None if rejected == 4 and "pkg:npm/ok@1.0.0" in out else f"{rejected} keys rejected"


SWIFT_START = ('// swift-tools-version:5.9\nimport PackageDescription\n\nlet package = Package(\n    name: "app",\n'
               '    dependencies: [\n        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),\n'
               '        .package(url: "https://github.com/jpsim/Yams.git", exact: "5.1.3"),\n')


def setup_package_swift(broken):
    def setup(root):
        write(root, "Package.swift", SWIFT_START + broken + "\n    ]\n)\n")
        return ["scan", ".", "--format", "json"], "."
    return setup


def check_package_swift(out, err):
    kept = "swift-argument-parser" in out and "yams" in out.lower()
    return None if kept and "error" in err else "the dependencies before the break were lost"


def setup_yarn(root):
    write(root, "package.json", '{"name": "app", "version": "1.0.0", "dependencies": {"unterminated": "^1.0.0", "ok": "^1.0.0"}}')
    write(root, "yarn.lock", '# yarn lockfile v1\n\n\nunterminated@^1.0.0:\n  version "1.0.0\n  resolved '
          '"https://registry.yarnpkg.com/unterminated/-/unterminated-1.0.0.tgz"\n\nok@^1.0.0:\n  version "1.0.0"\n'
          '  dependencies:\n        deep "^2.0.0"\n\n')
    return ["scan", ".", "--format", "cyclonedx"], "."


def check_yarn(out, err):
    if "%22" in out or "pkg:npm/deep" in out:
        return "an invented component"
    return None if "unterminated string" in err and "pkg:npm/ok@1.0.0" in out else "missing diagnostic or component"


def setup_nested_sbom(root):
    def component(index, children=""):
        return f'{{"type": "library", "name": "c{index}", "version": "1.0.0", "purl": "pkg:npm/c{index}@1.0.0"{children}}}'
    nested = component(200)
    for index in range(199, 0, -1):
        nested = component(index, f', "components": [{nested}]')
    write(root, "bom.json", f'{{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{nested}]}}')
    return ["scan", "--sbom", "bom.json", "--format", "json"], "."


def setup_object_components(root):
    write(root, "bom.json", '{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": {"a": {"name": "a"}}}')
    return ["scan", "--sbom", "bom.json", "--format", "json"], "."


def check_contains(text):
    return lambda out, err: None if text in err else f"no '{text}'"


def setup_entity(root):
    write(root, "pom.xml", '<?xml version="1.0"?>\n<!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n'
          "<project><modelVersion>4.0.0</modelVersion><groupId>org.app</groupId><artifactId>app</artifactId><version>1"
          "</version>\n<dependencies>\n<dependency><groupId>org.evil</groupId><artifactId>dep-&xxe;</artifactId><version>"
          "1.0</version></dependency>\n<dependency><groupId>org.ok</groupId><artifactId>fine</artifactId><version>2.0"
          "</version></dependency></dependencies></project>\n")
    os.makedirs(os.path.join(root, "m2"), exist_ok=True)
    return ["scan", ".", "--format", "cyclonedx", "--maven-repo", "m2"], "."


def check_entity(out, err):
    if "pkg:maven/org.evil/dep-@" in out:
        return "the coordinate was cut"
    return None if "is not expanded" in err and "pkg:maven/org.ok/fine@2.0" in out else "missing diagnostic"


def setup_broken_rules(command):
    def setup(root):
        write(root, "app/package.json", package_json(["a"]))
        write(root, "app/.sovscan.yml", "licenses: { unknown: allow }\n")
        write(root, "rules/technologies/broken.yml", 'schema: 1\ntechnologies:\n'
              '  - {id: a, name: A, level: nowhere, patterns: ["pkg:npm/a"]}\n'
              '  - {id: b, name: B, level: backend, vendor: no-such-vendor, patterns: ["pkg:npm/b"]}\n'
              '  - {id: c, name: C, level: backend, colour: red, patterns: ["pkg:npm/c"]}\n')
        return [command, "app", "--rules", "rules"], "."
    return setup


def no_check(out, err):
    return None


CASES = [
    ("parent-dev-zero", 1, "<relativePath> to /dev/zero", case_parent("../../../../../../../../dev/zero"), 3, check_parent),
    ("parent-fifo", 1, "<relativePath> to a FIFO", case_parent("fifo"), 3, check_parent),
    ("installed-device-fifo", 1, "node_modules/*/package.json -> /dev/zero, a FIFO", setup_installed, 0, no_check),
    ("link-to-root", 1, "a link to / in the repository", setup_root_link, 0, check_root_link),
    ("property-bomb", 1, "600-byte POM, properties to 10^10 characters", setup_property_bomb, 3, check_property_bomb),
    ("pnpm-aliases", 1, "220 KB pnpm-lock.yaml of aliases", setup_pnpm_aliases, 3, check_contains("expands (through aliases)")),
    ("rules-alias-bomb", 1, "90 KB rules layer, 1,000,000 patterns by alias", setup_rules_bomb, 2, check_few_lines),
    ("policy-alias-bomb", 1, "policy of 10^9 aliased entries", setup_policy_bomb, 2, check_contains("expands (through aliases)")),
    ("sbom-100k", 1, "flat supplier SBOM, 100,000 components", setup_sbom(100_000), 0, None),
    ("chain-500", 1, "500 modules, each parent and dependency of the next", setup_chain(500), 0, None),
    ("chain-1000", 1, "1,000 modules, each parent and dependency of the next", setup_chain(1000), 0, None),
    ("deep-chain-1000", 1, "1,000 modules each depending on the one before", setup_deep_chain, 3, check_deep_chain),
    ("check-forged", 2, "check table: names forging ::error, ESC/OSC/CR/C1/bidi",
     setup_forged_command(["check", ".", "--no-color", "--allow-incomplete"]), 1, check_inert),
    ("check-github", 2, "check --format github: only sovscan's annotations",
     setup_forged_command(["check", ".", "--format", "github", "--allow-incomplete"]), 1, check_github),
    # exit 3: the hostile name holds `//`, so its lockfile key is not a plain install path (an error, and skipped).
    ("scan-table-forged", 2, "scan table and stderr (--verbose)",
     setup_forged_command(["scan", ".", "--no-color", "--verbose"]), 3, check_inert),
    ("explain-forged", 2, "explain of a hostile component", setup_forged_command(["explain", "pkg:npm/ok", "."]), 0, check_inert),
    ("sbom-forged", 2, "supplier SBOM with hostile name, version, licence", setup_hostile_sbom, 0, check_inert),
    ("vendor-link", 3, "vendor-link -> ../outside", setup_vendor_link, 0,
     check_no("stolen", "a link to outside the scanned folder")),
    ("lockfile-passwd", 3, "package-lock.json, yarn.lock -> /etc/passwd", setup_passwd, 0,
     check_no("root:", "a link to outside the scanned folder")),
    ("lockfile-keys", 3, "lockfile keys node_modules/.., /etc/passwd ...", setup_lock_keys, 3, check_lock_keys),
    ("package-swift-string", 4, "Package.swift with an unterminated string",
     setup_package_swift('        .package(url: "https://github.com/broken/unterminated, from: "1.0.0"),'), 3, check_package_swift),
    ("package-swift-comment", 4, "Package.swift with an unclosed /*",
     setup_package_swift('        /* an unclosed comment\n        .package(url: "https://github.com/hidden/pkg", from: "1.0.0"),'),
     3, check_package_swift),
    ("yarn-malformed", 4, "malformed yarn.lock", setup_yarn, 3, check_yarn),
    ("sbom-nested-200", 4, "SBOM components nested 200 deep", setup_nested_sbom, 3,
     check_contains("nested deeper than 64 levels")),
    ("sbom-components-object", 4, "SBOM whose components is an object", setup_object_components, 3,
     check_contains("should be an array, not an object")),
    ("pom-entity", 4, "<artifactId>dep-&xxe;</artifactId>", setup_entity, 3, check_entity),
    ("rules-broken-scan", 4, "broken --rules layer: scan", setup_broken_rules("scan"), 2, no_check),
    ("rules-broken-check", 4, "broken --rules layer: check", setup_broken_rules("check"), 2, no_check),
]
BIG = [
    ("sbom-1m", 1, "flat supplier SBOM, 1,000,000 components (221 MB)", setup_sbom(1_000_000), 0, None),
    ("chain-2000", 1, "2,000 modules, each parent and dependency of the next", setup_chain(2000), 0, None),
]
FILE_CHECKS = {"sbom-100k": check_sbom(100_000), "sbom-1m": check_sbom(1_000_000), "chain-500": check_chain(500),
               "chain-1000": check_chain(1000), "chain-2000": check_chain(2000)}


def run(binary, case):
    name, section, what, setup, expected, check = case
    with tempfile.TemporaryDirectory() as root:
        arguments, folder = setup(root)
        timing = os.path.join(root, ".time")
        process = subprocess.run(["/usr/bin/time", "-v", "-o", timing, binary] + arguments,
                                 cwd=os.path.join(root, folder), stdin=subprocess.DEVNULL,
                                 capture_output=True, timeout=900)
        out = process.stdout.decode("utf-8", "replace")
        err = process.stderr.decode("utf-8", "replace")
        with open(timing) as stats:
            text = stats.read()
        wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
        seconds = (int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))) if wall else -1
        peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
        problem = None if process.returncode == expected else f"exit {process.returncode}, expected {expected}"
        if problem is None:
            problem = FILE_CHECKS[name](root) if check is None else check(out, err)
        return section, what, problem, process.returncode, expected, seconds, peak


def main():
    arguments = sys.argv[1:]
    if not arguments:
        sys.exit(__doc__)
    binary = os.path.abspath(arguments.pop(0))
    cases = CASES + (BIG if "--big" in arguments else [])
    wanted = [argument for argument in arguments if argument != "--big"]
    if wanted:
        cases = [case for case in CASES + BIG if case[0] in wanted]
    print("| # | case | result | exit (expected) | wall | peak RSS |")
    print("|---|---|---|---|---|---|")
    failed = 0
    for case in cases:
        section, what, problem, status, expected, seconds, peak = run(binary, case)
        failed += problem is not None
        result = "pass" if problem is None else f"FAIL: {problem}"
        print(f"| {section} | {case[0]}: {what} | {result} | {status} ({expected}) | {seconds:.2f} s | {peak / 1024:.0f} MiB |",
              flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
