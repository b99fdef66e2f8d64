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
        let configuration = NPMRegistryConfiguration.from(npmrcTexts: [project, user],
                                                          environment: ["ACME_TOKEN": "t0ken"])
        #expect(configuration.defaultRegistry == "https://nexus.example.com/repository/npm-group")
        #expect(configuration.registry(for: "@acme/ui") == "https://npm.acme.example")
        #expect(configuration.registry(for: "@other/x") == "https://other.example/npm")
        #expect(configuration.registry(for: "lodash") == "https://nexus.example.com/repository/npm-group")
        #expect(configuration.versionURL(name: "@acme/ui", version: "1.2.3") == "https://npm.acme.example/@acme%2fui/1.2.3")
        #expect(configuration.headers(for: "https://npm.acme.example/@acme%2fui/1.2.3")["Authorization"] == "Bearer t0ken")
        #expect(configuration.headers(for: "https://nexus.example.com/repository/npm-group/lodash/4.17.21")["Authorization"] == nil)
    }

    @Test func explicitRegistryOverridesTheDefaultOnly() {
        let configuration = NPMRegistryConfiguration.from(npmrcTexts: ["@acme:registry=https://npm.acme.example"],
                                                          registry: "http://127.0.0.1:9/")
        #expect(configuration.registry(for: "left-pad") == "http://127.0.0.1:9")
        #expect(configuration.registry(for: "@acme/x") == "https://npm.acme.example")
        #expect(NPMRegistryConfiguration.cacheName(of: "http://127.0.0.1:9/") == "127.0.0.1_9")
        #expect(NPMRegistryConfiguration.cacheName(of: "https://nexus.example.com/repository/npm/")
                == "nexus.example.com_repository_npm")
    }
}
