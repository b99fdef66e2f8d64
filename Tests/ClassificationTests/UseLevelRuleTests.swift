import Testing
@testable import Classification
import SovScanModel

/// Issue 15, eleventh session: packages whose level follows their use have no level of their own (the Socket.IO
/// client, which browsers and servers both run; long.js, which protobufjs and mysql2 both need), and packages that
/// only work through one kind of system have its level whatever uses them (NestJS's object-relational and document
/// mapper modules, MQTT.js, Redlock, Socket.IO's Redis adapters).
@Suite struct UseLevelRuleTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    @Test func clientsAndSharedHelpersHaveNoLevelOfTheirOwn() throws {
        for purl in ["pkg:npm/socket.io-client@4.8.3", "pkg:npm/engine.io-client@6.6.3", "pkg:npm/socket.io-parser@4.2.4",
                     "pkg:npm/long@5.3.2"] {
            let technology = try #require(try match(purl).technology, "\(purl)")
            #expect(technology.level == nil, "\(purl)")
        }
        // The Socket.IO server keeps its; protobufjs has none either since the twenty-second sample (what uses it decides).
        #expect(try match("pkg:npm/socket.io@4.8.1").technology?.level == .backend)
        #expect(try match("pkg:npm/socket.io-adapter@2.5.5").technology?.level == .backend)
        #expect(try match("pkg:npm/protobufjs@7.4.0").technology?.level == nil)
    }

    /// What only works through one kind of system has that system's level: MQTT.js always talks to a broker, Redlock
    /// locks in Redis, Socket.IO's Redis adapters pass events between server instances.
    @Test func clientsOfOneKindOfSystem() throws {
        let expected: [(String, StackLevel)] = [
            ("pkg:npm/mqtt@4.3.8", .middleware), ("pkg:npm/mqtt-packet@6.10.0", .middleware),
            ("pkg:npm/redlock@5.0.0-beta2", .database), ("pkg:npm/socket.io-redis@6.1.1", .middleware),
            ("pkg:npm/%40socket.io/redis-adapter@8.3.0", .middleware),
        ]
        for (purl, level) in expected { #expect(try match(purl).technology?.level == level, "\(purl)") }
        // Schema migration tools apply the database's migrations where the system is deployed: data access, as
        // Flyway and Liquibase (cloud.gov Pages' db-migrate, the French grants API's migrate-mongo).
        for purl in ["pkg:npm/db-migrate@0.11.14", "pkg:npm/db-migrate-pg@1.5.2", "pkg:npm/migrate-mongo@11.0.0",
                     "pkg:npm/node-pg-migrate@7.9.1"] {
            #expect(try match(purl).technology?.level == .database, "\(purl)")
        }
        // Geospatial libraries run on both sides; Mapbox GL JS only in the browser.
        #expect(try match("pkg:npm/%40turf/line-offset@6.5.0").technology?.level == nil)
        #expect(try match("pkg:npm/%40mapbox/vector-tile@1.3.1").technology?.level == nil)
        #expect(try match("pkg:npm/mapbox-gl@3.8.0").technology?.level == .frontend)
        #expect(try match("pkg:npm/%40mapbox/mapbox-gl-style-spec@13.28.0").technology?.level == .frontend)
    }

    @Test func nestJSMapperModulesAreDatabase() throws {
        for purl in ["pkg:npm/%40nestjs/typeorm@11.0.1", "pkg:npm/%40nestjs/mongoose@11.0.3",
                     "pkg:npm/%40nestjs/sequelize@11.0.0"] {
            #expect(try match(purl).technology?.level == .database, "\(purl)")
            #expect(try match(purl).technology?.vendor == "nestjs", "\(purl)")
        }
        #expect(try match("pkg:npm/%40nestjs/core@11.1.6").technology?.level == .backend)
    }

    /// Modelled on Uptime Kuma: the Vue interface imports socket.io-client, the Express server socket.io, in one
    /// full-stack `package.json`; the client is `frontend` by the files that import it.
    @Test func theInterfacesSocketIOClientIsFrontend() throws {
        let app = "pkg:npm/uptime-kuma@2.0.0", client = "pkg:npm/socket.io-client@4.8.3"
        let names = [app, "pkg:npm/express@4.21.2", "pkg:npm/socket.io@4.8.1", client]
        var components = try names.map { try component($0, scope: .runtime, direct: $0 != app, firstParty: $0 == app) }
        components[3].properties[Component.importSideProperty] = "client"
        components[3].properties[Component.importEvidenceProperty] = "imported only by the user interface "
            + "(src/mixins/socket.js); no file of the server (server) imports it"
        let system = SystemInventory(name: "s", root: "/s", components: components, graph: DependencyGraph(
            edges: try names.dropFirst().map { try edge(app, $0) }))
        let result = classifier.classify(system) { _ in nil }
        #expect(result.classification(of: try PackageURL(parsing: client))?.level == .frontend)
        #expect(result.classification(of: try PackageURL(parsing: "pkg:npm/socket.io@4.8.1"))?.level == .backend)
    }
}
