import Catalogers
import Testing

@Suite("Swift repository locations and purls")
struct SwiftRepositoryLocationTests {
    @Test("URL forms give host/owner/name with .git stripped and case kept", arguments: [
        ("https://github.com/Alamofire/Alamofire.git", "pkg:swift/github.com/Alamofire/Alamofire@1.0.0"),
        ("https://github.com/apple/swift-log", "pkg:swift/github.com/apple/swift-log@1.0.0"),
        ("https://github.com/apple/swift-log/", "pkg:swift/github.com/apple/swift-log@1.0.0"),
        ("http://GitHub.com/Quick/Nimble.GIT", "pkg:swift/github.com/Quick/Nimble@1.0.0"),
        ("git@github.com:onevcat/Rainbow.git", "pkg:swift/github.com/onevcat/Rainbow@1.0.0"),
        ("ssh://git@git.example.dk:7999/mobile/Kit.git", "pkg:swift/git.example.dk:7999/mobile/Kit@1.0.0"),
        ("https://user@gitlab.com/group/sub/Pkg.git", "pkg:swift/gitlab.com/group/sub/Pkg@1.0.0"),
        ("git://example.org/owner/name", "pkg:swift/example.org/owner/name@1.0.0"),
    ])
    func remote(text: String, purl: String) {
        #expect(SwiftRepositoryLocation(sourceControl: text)?.purl(version: "1.0.0")?.description == purl)
    }

    @Test("texts that are not URLs", arguments: [
        "", "not a url", "https://github.com", "https://github.com/onlyowner", "ftp://host/a/b",
        "https://github.com/a/.git", "https://github.com/a/b?x=1",
    ])
    func notURLs(text: String) {
        #expect(SwiftRepositoryLocation(sourceControl: text) == nil)
    }

    @Test("local paths and registry identities")
    func localAndRegistry() {
        #expect(SwiftRepositoryLocation(sourceControl: "/Users/dev/Kit.git") == .local(path: "/Users/dev/Kit.git"))
        #expect(SwiftRepositoryLocation(sourceControl: "file:///srv/git/Kit") == .local(path: "/srv/git/Kit"))
        #expect(SwiftRepositoryLocation(sourceControl: "../Kit")?.identity == "kit")
        #expect(SwiftRepositoryLocation(sourceControl: "/Users/dev/Kit.git")?.purl(version: nil)?.description == "pkg:swift/local/Kit")
        #expect(SwiftRepositoryLocation(registryIdentity: "mona.LinkedList")?.purl(version: "1.0.0")?.description == "pkg:swift/mona/LinkedList@1.0.0")
        #expect(SwiftRepositoryLocation(registryIdentity: "mona.LinkedList")?.identity == "mona.linkedlist")
        #expect(SwiftRepositoryLocation(registryIdentity: "nodot") == nil)
        #expect(SwiftRepositoryLocation(registryIdentity: ".x") == nil)
    }
}
