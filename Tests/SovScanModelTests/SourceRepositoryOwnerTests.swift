import SovScanModel
import Testing

/// The host and owner of a source repository, from the URL forms POMs use and from Swift purls.
struct SourceRepositoryOwnerTests {
    @Test func urlForms() {
        let expected: [(String, String?, String?)] = [
            ("https://github.com/FasterXML/jackson-core", "github.com", "FasterXML"),
            ("http://github.com/jane-doe/lib/tree/master/core", "github.com", "jane-doe"),
            ("scm:git:https://github.com/acme-labs/framework.git", "github.com", "acme-labs"),
            ("git@github.com:acme-labs/framework.git", "github.com", "acme-labs"),
            ("scm:git:git@github.com:acme-labs/framework.git", "github.com", "acme-labs"),
            ("https://user@GitHub.com:443/Jane-Doe/lib", "github.com", "Jane-Doe"),
            ("  https://gitlab.com/group/project", "gitlab.com", "group"),
            ("https://github.com/${owner}/lib", nil, nil),
            ("https://github.com", nil, nil),
            ("not a url", nil, nil),
            ("https://github.com/../../etc", nil, nil),
        ]
        for (url, host, owner) in expected {
            let found = SourceRepositoryOwner(url: url)
            #expect(found?.host == host, "\(url)")
            #expect(found?.owner == owner, "\(url)")
        }
    }

    @Test func swiftPurlsAndMavenProperties() throws {
        let swift = Component(purl: try PackageURL(parsing: "pkg:swift/github.com/jane-doe/tiny-kit@1.0.0"), ecosystem: .swift,
                              group: "github.com/jane-doe", name: "tiny-kit", version: "1.0.0", scope: .runtime)
        #expect(SourceRepositoryOwner(of: swift)?.owner == "jane-doe")
        #expect(SourceRepositoryOwner(of: swift)?.host == "github.com")
        var maven = Component(purl: try PackageURL(parsing: "pkg:maven/org.person/lib@1.0"), ecosystem: .maven,
                              group: "org.person", name: "lib", version: "1.0", scope: .compile)
        #expect(SourceRepositoryOwner(of: maven) == nil)
        maven.properties[Component.sourceRepositoryProperty] = "https://github.com/jane-doe/lib"
        #expect(SourceRepositoryOwner(of: maven)?.owner == "jane-doe")
    }
}
