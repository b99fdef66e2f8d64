import Foundation
import Testing

/// `sovscan scan --online` on a yarn lockfile (no licences in it) against an npm registry on loopback that serves
/// the real `package.json` files of Debian's node packages; then the same scan from the cache alone.
@Suite(.serialized) struct OnlineNPMScanTests {
    /// Debian's node packages installed by scripts/setup.sh: (folder under /usr/share/nodejs, lockfile key).
    static let packages = ["semver", "ms", "debug", "lodash", "lru-cache", "yallist", "balanced-match",
                           "brace-expansion", "@types/ms"]
    static let nodeRoot = "/usr/share/nodejs"

    static var unavailableReason: String? {
        if let reason = LoopbackServer.unavailableReason { return reason }
        let missing = packages.filter { !FileManager.default.fileExists(atPath: "\(nodeRoot)/\($0)/package.json") }
        return missing.isEmpty ? nil : "Debian's node packages are not installed (\(missing.joined(separator: ", "))): run scripts/setup.sh"
    }

    /// name -> (version, licence) as the real package.json files say.
    static func manifests() throws -> [String: (version: String, license: String, json: Data)] {
        var result: [String: (String, String, Data)] = [:]
        for name in packages {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(nodeRoot)/\(name)/package.json"))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            result[name] = (try #require(object["version"] as? String), try #require(object["license"] as? String), data)
        }
        return result
    }

    @Test(.enabled(if: unavailableReason == nil)) func licencesComeFromTheRegistryThenFromTheCacheAlone() throws {
        let manifests = try Self.manifests()
        let registry = try TemporaryFolder()
        for (name, manifest) in manifests {
            if name == "ms" {
                // Served only as a whole package document: the fallback for registries without version endpoints.
                let document: [String: Any] = ["name": name, "versions": [manifest.version: try JSONSerialization.jsonObject(with: manifest.json)]]
                try registry.write("npm/\(name)/index.json", String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self))
            } else {
                try registry.write("npm/\(name)/\(manifest.version)", String(decoding: manifest.json, as: UTF8.self))
            }
        }
        let project = try TemporaryFolder()
        try project.write("package.json", """
            {"name": "frontend", "version": "1.0.0", "private": true,
             "dependencies": {\(manifests.keys.sorted().map { "\"\($0)\": \"^\(manifests[$0]!.version)\"" }.joined(separator: ", "))}}
            """)
        var lock = "# yarn lockfile v1\n\n\n"
        for name in manifests.keys.sorted() {
            let key = name.hasPrefix("@") ? "\"\(name)@^\(manifests[name]!.version)\"" : "\(name)@^\(manifests[name]!.version)"
            lock += "\(key):\n  version \"\(manifests[name]!.version)\"\n\n"
        }
        try project.write("yarn.lock", lock)
        let cache = try TemporaryFolder()
        let output = try TemporaryFolder()
        let server = try LoopbackServer(root: registry.url)
        let registryURL = server.url + "/npm"
        let bom = output.url.appendingPathComponent("online.cdx.json")

        // Offline: nothing is asked, nothing is known.
        let offline = try SovScanProcess.run(["scan", project.path, "--cache", cache.path, "--npm-registry", registryURL,
                                              "--format", "cyclonedx:" + output.url.appendingPathComponent("offline.cdx.json").path])
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(try server.requestCount() == 0)
        let unknown = try SovScanProcess.licences(cycloneDX: output.url.appendingPathComponent("offline.cdx.json"))
        let thirdParty = unknown.filter { $0.key.hasPrefix("pkg:npm/") && !$0.key.contains("frontend") }
        #expect(thirdParty.count == manifests.count)
        #expect(thirdParty.values.allSatisfy { $0.isEmpty })

        let online = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path,
                                             "--npm-registry", registryURL, "--format", "cyclonedx:" + bom.path])
        #expect(online.status == 0, "\(online.stderr)")
        let licences = try SovScanProcess.licences(cycloneDX: bom)
        for (name, manifest) in manifests {
            let purl = "pkg:npm/" + (name.hasPrefix("@") ? "%40" + name.dropFirst() : Substring(name)) + "@" + manifest.version
            #expect(licences[purl] == manifest.license, "\(purl)")
        }
        #expect(try server.requestCount() == manifests.count + 1, "one request per version, two for the fallback")
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache.path + "/npm/127.0.0.1_\(server.port)_npm")
        #expect(Set(cached).isSuperset(of: ["semver", "lodash", "@types"]))

        // The server is gone: offline and online runs give the same bytes from the cache alone.
        server.stop()
        for (label, extra) in [("cached-offline", [String]()), ("cached-online", ["--online"])] {
            let again = output.url.appendingPathComponent("\(label).cdx.json")
            let run = try SovScanProcess.run(["scan", project.path, "--cache", cache.path, "--npm-registry", registryURL,
                                              "--format", "cyclonedx:" + again.path] + extra)
            #expect(run.status == 0, "\(label): \(run.stderr)")
            #expect(try Data(contentsOf: again) == Data(contentsOf: bom), "\(label) differs from the online run")
        }
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func aRegistryThatIsDownMakesTheScanIncomplete() throws {
        let project = try TemporaryFolder()
        try project.write("package.json", #"{"name": "app", "version": "1.0.0", "dependencies": {"left-pad": "^1.3.0"}}"#)
        try project.write("yarn.lock", "# yarn lockfile v1\n\n\nleft-pad@^1.3.0:\n  version \"1.3.0\"\n")
        let cache = try TemporaryFolder()
        let port = try HTTPClientTests.closedPort()
        let run = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path,
                                          "--npm-registry", "http://user:hunter2@127.0.0.1:\(port)/"])
        #expect(run.status == 3, "a fetch that failed leaves the scan incomplete")
        let said = run.stdout + run.stderr
        #expect(said.contains(" to http://127.0.0.1:\(port) failed"))
        #expect(!run.stderr.contains("hunter2") && !run.stdout.contains("hunter2"))
        // At most sovscan's own compiled rules and licence data (CompiledCache: none when the build-time forms are
        // the rules' own) are kept there, no fetched answer.
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0 != "compiled" } == [],
                "nothing fetched enters the cache")
    }
}
