import Foundation
import Testing

/// Issue 20, sections 1 and 3: files that never end (devices, FIFOs), links to the whole machine or to another
/// project, and files outside the scanned folder. Every run must end quickly, read nothing outside the root and
/// say what it did not read.
@Suite(.serialized) struct HostileFilesTests {
    static func pom(parentPath: String) -> String {
        """
        <project><modelVersion>4.0.0</modelVersion>
          <parent><groupId>org.evil</groupId><artifactId>parent</artifactId><version>1</version>
            <relativePath>\(parentPath)</relativePath></parent>
          <artifactId>app</artifactId>
        </project>
        """
    }

    static func lockfile(_ names: [String]) -> String {
        let dependencies = names.map { "\"\($0)\": \"1.0.0\"" }.joined(separator: ",")
        let packages = names.map { "\"node_modules/\($0)\": {\"version\": \"1.0.0\", \"license\": \"MIT\"}" }.joined(separator: ",")
        return """
        {"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {
          "": {"name": "app", "version": "1.0.0", "dependencies": {\(dependencies)}}\(packages.isEmpty ? "" : ",")\(packages)}}
        """
    }

    static func packageJSON(_ names: [String]) -> String {
        "{\"name\": \"app\", \"version\": \"1.0.0\", \"dependencies\": {\(names.map { "\"\($0)\": \"1.0.0\"" }.joined(separator: ","))}}"
    }

    @Test(arguments: ["../../../../../../../../../../dev/zero", "../../../../../../../../../../dev/urandom", "fifo"])
    func mavenParentPathThatNeverEnds(_ target: String) throws {
        let repository = try HostileRepository()
        try repository.write("pom.xml", Self.pom(parentPath: target))
        if target == "fifo" { try repository.fifo("fifo") }
        try FileManager.default.createDirectory(atPath: repository.path("m2"), withIntermediateDirectories: true)
        let run = try GuardedRun.run(["scan", ".", "--format", "json", "--maven-repo", "m2"], in: repository.root, seconds: 30)
        #expect(!run.timedOut)
        #expect(run.status == 3, "the parent cannot be read: the scan is incomplete")
        #expect(run.stderr.contains("is not a regular file inside the scanned folder"))
        #expect(run.stdout.contains("pkg:maven/org.evil/app@1"))
    }

    @Test func installedPackageJSONThatNeverEnds() throws {
        let repository = try HostileRepository()
        try repository.write("package.json", Self.packageJSON(["zero", "pipe", "fine"]))
        try repository.write("package-lock.json", Self.lockfile(["zero", "pipe", "fine"]))
        try repository.link("node_modules/zero/package.json", to: "/dev/zero")
        try repository.fifo("node_modules/pipe/package.json")
        try repository.write("node_modules/fine/package.json", #"{"name": "fine", "version": "1.0.0", "license": "ISC"}"#)
        try repository.fifo("node_modules/fine/LICENSE")
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: repository.root, seconds: 30)
        #expect(!run.timedOut)
        #expect(run.status == 0)
        for name in ["zero", "pipe", "fine"] { #expect(run.stdout.contains("pkg:npm/\(name)@1.0.0")) }
        #expect(run.stdout.contains("ISC"), "the regular installed package.json is still read")
        // Following links outside on purpose still never reads a device or a FIFO.
        let followed = try GuardedRun.run(["scan", ".", "--format", "json", "--follow-links-outside"], in: repository.root, seconds: 30)
        #expect(!followed.timedOut)
        #expect(followed.status == 0)
    }

    @Test func linkToTheWholeMachine() throws {
        let repository = try HostileRepository()
        try repository.write("package.json", Self.packageJSON([]))
        try repository.link("everything", to: "/")
        try repository.link("deep/up", to: "../..")
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: repository.root, seconds: 30)
        #expect(!run.timedOut)
        #expect(run.seconds < 20)
        #expect(run.stderr.contains("everything: warning: a link to outside the scanned folder; not followed"))
        #expect(!run.stdout.contains("\"/usr"))
    }

    @Test func linkedFolderOfAnotherProject() throws {
        let repository = try HostileRepository()
        try repository.write("app/package.json", Self.packageJSON([]))
        try repository.write("outside/package.json", Self.packageJSON(["stolen"]))
        try repository.write("outside/package-lock.json", Self.lockfile(["stolen"]))
        try repository.link("app/vendor-link", to: "../outside")
        let app = repository.root.appendingPathComponent("app")
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: app, seconds: 30)
        #expect(!run.timedOut)
        #expect(!run.stdout.contains("stolen"))
        #expect(run.stderr.contains("vendor-link: warning: a link to outside the scanned folder"))
        let followed = try GuardedRun.run(["scan", ".", "--format", "json", "--follow-links-outside"], in: app, seconds: 30)
        #expect(followed.stdout.contains("pkg:npm/stolen@1.0.0"), "--follow-links-outside reads it on purpose")
    }

    @Test func lockfileLinkedToASystemFile() throws {
        let repository = try HostileRepository()
        try repository.write("passwd", "root:x:0:0:root:/root:/bin/bash\n")
        try repository.write("app/package.json", Self.packageJSON(["a"]))
        try repository.link("app/package-lock.json", to: repository.path("passwd"))
        try repository.link("app/yarn.lock", to: "/etc/passwd")
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: repository.root.appendingPathComponent("app"), seconds: 30)
        #expect(!run.timedOut)
        #expect(!run.stdout.contains("root:"))
        #expect(!run.stderr.contains("root:"))
        #expect(run.stderr.contains("package-lock.json: warning: a link to outside the scanned folder"))
    }

    @Test func lockfileKeysThatLeaveTheProject() throws {
        let repository = try HostileRepository()
        try repository.write("package.json", Self.packageJSON(["ok"]))
        try repository.write("package-lock.json", """
        {"name": "app", "version": "1.0.0", "lockfileVersion": 3, "packages": {
          "": {"name": "app", "version": "1.0.0", "dependencies": {"ok": "1.0.0"}},
          "node_modules/ok": {"version": "1.0.0"},
          "node_modules/..": {"version": "1.0.0"},
          "node_modules/.": {"version": "1.0.0"},
          "node_modules/../../etc/passwd": {"version": "1.0.0"},
          "/etc/passwd": {"version": "1.0.0"},
          "node_modules//twice": {"version": "1.0.0"},
          "/\\u0301etc/passwd": {"version": "1.0.0"},
          "node_modules/../\\u0301": {"version": "1.0.0"},
          "node_modules//\\u0301b": {"version": "1.0.0"}}}
        """)
        let run = try GuardedRun.run(["scan", ".", "--format", "cyclonedx"], in: repository.root)
        #expect(run.status == 3)
        #expect(run.stdout.contains("pkg:npm/ok@1.0.0"))
        for bad in ["pkg:npm/..", "pkg:npm/.@", "passwd", "pkg:npm/twice"] { #expect(!run.stdout.contains(bad), "\(bad)") }
        let rejected = run.stderr.split(separator: "\n").filter { $0.contains("is not a plain relative install path") }
        // Keys are read by bytes, as the file system reads them: a combining mark (U+0301) after "/" or ".." does
        // not hide a leading slash, a parent step or an empty segment.
        #expect(rejected.count == 8, "\(run.stderr)")
    }

    @Test func licenceFileLinkedOutsideIsNotRead() throws {
        let repository = try HostileRepository()
        try repository.write("secret/LICENSE", "MIT License\n\nCopyright (c) secret\n")
        try repository.write("app/package.json", Self.packageJSON(["a"]))
        try repository.write("app/package-lock.json", Self.lockfile(["a"]))
        try repository.write("app/node_modules/a/package.json", #"{"name": "a", "version": "1.0.0"}"#)
        try repository.link("app/node_modules/a/LICENSE", to: repository.path("secret/LICENSE"))
        let run = try GuardedRun.run(["scan", ".", "--format", "cyclonedx"], in: repository.root.appendingPathComponent("app"), seconds: 30)
        #expect(!run.timedOut)
        #expect(!run.stdout.contains("secret"))
    }

    @Test func nestedMavenPropertiesThatExplode() throws {
        let repository = try HostileRepository()
        var properties = "<p0>xxxxxxxxxx</p0>"
        for level in 1...32 { properties += "<p\(level)>${p\(level - 1)}${p\(level - 1)}</p\(level)>" }
        let pom = """
        <project><modelVersion>4.0.0</modelVersion><groupId>org.evil</groupId><artifactId>bomb</artifactId>
          <version>1</version><properties>\(properties)</properties>
          <dependencies><dependency><groupId>org.ok</groupId><artifactId>used</artifactId><version>${p32}</version></dependency>
          <dependency><groupId>org.ok</groupId><artifactId>fine</artifactId><version>2.0</version></dependency></dependencies>
        </project>
        """
        try repository.write("pom.xml", pom)
        try FileManager.default.createDirectory(atPath: repository.path("m2"), withIntermediateDirectories: true)
        let run = try GuardedRun.run(["scan", ".", "--format", "json", "--maven-repo", "m2"], in: repository.root, seconds: 30)
        #expect(!run.timedOut)
        #expect(run.seconds < 20)
        #expect(run.status == 3)
        #expect(run.stderr.contains("expands to more than 65536 characters"))
        #expect(run.stdout.contains("pkg:maven/org.ok/fine@2.0"))
        #expect(run.stdout.utf8.count < 1 << 20)
    }
}

/// A chain of Maven modules, each depending on the one before: resolving conflicts costs about the square of the
/// graph's depth per module, so the depth is cut at 128 levels with one diagnostic for the whole build.
@Suite(.serialized) struct HostileMavenChainTests {
    /// How long a chain may run before it is killed as hung: far beyond its processor-time bound, so that only a
    /// hang (not a machine shared with other builds) reaches it.
    static let hangGuardSeconds = 900.0

    @Test func longModuleChainEndsInTimeWithOneDiagnostic() throws {
        let repository = try HostileRepository()
        let count = 300
        let modules = (1...count).map { "<module>m\($0)</module>" }.joined()
        try repository.write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>m0</artifactId><version>1</version><packaging>pom</packaging><modules>\(modules)</modules></project>")
        for index in 1...count {
            try repository.write("m\(index)/pom.xml", """
            <project><modelVersion>4.0.0</modelVersion><parent><groupId>g</groupId><artifactId>m0</artifactId><version>1</version></parent>
            <artifactId>m\(index)</artifactId><dependencies><dependency><groupId>g</groupId><artifactId>m\(index - 1)</artifactId>
            <version>1</version></dependency></dependencies></project>
            """)
        }
        try FileManager.default.createDirectory(atPath: repository.path("m2"), withIntermediateDirectories: true)
        // The work is bounded by processor time, which a loaded machine does not stretch as it does the wall clock;
        // the kill is only the guard against a hang.
        let run = try GuardedRun.run(["scan", ".", "--format", "json", "--maven-repo", "m2"], in: repository.root,
                                     seconds: HostileMavenChainTests.hangGuardSeconds)
        #expect(!run.timedOut)
        #expect(run.cpuSeconds > 0, "the processor time was read from /proc")
        #expect(run.cpuSeconds < 30, "\(run.cpuSeconds) s of processor time")
        #expect(run.status == 3)
        #expect(run.stderr.split(separator: "\n").filter { $0.contains("deeper than 128 levels") }.count == 1)
        #expect(run.stdout.contains("pkg:maven/g/m300@1"))
    }

    /// Modules that are each the parent of the next and depend on it: every module inherits its ancestors'
    /// dependencies, so module n has n - 1 direct dependencies, each of which also brings all the others. The
    /// transitive copies of direct dependencies are not collected (they lose), so the build resolves in about the
    /// square of its length (200 modules took 57 s before, debug build) with every module and no error: no
    /// parent chain is cut, whatever order the files are read in.
    @Test func modulesThatAreEachOthersParentsAndDependencies() throws {
        let repository = try HostileRepository()
        let count = 150
        let modules = (1...count).map { "<module>m\($0)</module>" }.joined()
        try repository.write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>m0</artifactId><version>1</version><packaging>pom</packaging><modules>\(modules)</modules></project>")
        for index in 1...count {
            let dependency = index == 1 ? "" : "<dependencies><dependency><groupId>g</groupId><artifactId>m\(index - 1)</artifactId><version>1</version></dependency></dependencies>"
            try repository.write("m\(index)/pom.xml", """
            <project><modelVersion>4.0.0</modelVersion><parent><groupId>g</groupId><artifactId>m\(index - 1)</artifactId>
            <version>1</version><relativePath>../\(index == 1 ? "" : "m\(index - 1)/")pom.xml</relativePath></parent>
            <artifactId>m\(index)</artifactId><packaging>pom</packaging>\(dependency)</project>
            """)
        }
        try FileManager.default.createDirectory(atPath: repository.path("m2"), withIntermediateDirectories: true)
        let run = try GuardedRun.run(["scan", ".", "--format", "json", "--maven-repo", "m2"], in: repository.root,
                                     seconds: HostileMavenChainTests.hangGuardSeconds)
        #expect(!run.timedOut)
        #expect(run.cpuSeconds > 0, "the processor time was read from /proc")
        #expect(run.cpuSeconds < 30, "\(run.cpuSeconds) s of processor time")
        #expect(run.status == 0, "\(run.stderr.prefix(500))")
        for index in [1, 75, 149, 150] { #expect(run.stdout.contains("pkg:maven/g/m\(index)@1?type=pom")) }
        #expect(!run.stderr.contains("parent chain"))
    }
}
