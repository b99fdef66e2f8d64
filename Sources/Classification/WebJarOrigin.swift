import SovScanModel

/// What a WebJar repackages for Maven: the npm package (or the GitHub repository) whose steward, platform binding
/// and relicensing a WebJar shares; its steward is not the WebJars project (https://www.webjars.org/documentation,
/// https://mvnpm.org/). The groups and names, as Maven Central holds them:
/// - `org.webjars.npm:NAME`, and `scope__name` for a scoped package `@scope/name`; mvnpm's `org.mvnpm:NAME` and
///   `org.mvnpm.at.SCOPE:NAME`;
/// - `org.webjars.bower:NAME`, the Bower name, which may be capitalised where npm's is not (`Chart.js`);
/// - `org.webjars.bowergithub.OWNER:REPO`, a Bower package read from github.com/OWNER/REPO;
/// - `org.webjars.npm:github-com-OWNER-REPO` and `org.webjars.bower:github-com-OWNER-REPO`, a package read from a
///   GitHub repository, with every `.` of the repository's name written `-` (`github-com-chartjs-Chart-js`);
/// - classic `org.webjars:NAME`, mostly the npm name, but a few older ones are named after the project
///   (`ClassicNames`).
enum WebJarOrigin {
    /// The npm package of a WebJar purl (same version), or `nil` when `purl` is no WebJar: the first of
    /// `npmPackages`.
    static func npmPackage(of purl: PackageURL) -> PackageURL? {
        npmPackages(of: purl).first
    }

    /// The npm packages a WebJar purl may repackage (same version), the likeliest first; more than one only for a
    /// `github-com-OWNER-REPO` name, which can be split into account and repository in several ways. Empty when
    /// `purl` is no WebJar.
    static func npmPackages(of purl: PackageURL) -> [PackageURL] {
        guard purl.type == "maven", let group = purl.namespace, !purl.name.isEmpty else { return [] }
        let names: [(scope: String?, name: String)]
        if let readings = gitHubReadings(of: purl) {
            names = readings.flatMap { reading in repositoryNames(reading.repository).map { (nil, $0) } }
        } else {
            switch group {
            case "org.webjars":
                names = [(nil, ClassicNames.npmName[purl.name] ?? purl.name)]
            case "org.webjars.bower":
                names = [(nil, purl.name.lowercased())]
            case "org.mvnpm":
                names = [(nil, purl.name)]
            case "org.webjars.npm":
                if let separator = purl.name.firstRange(of: "__") {
                    names = [(String(purl.name[..<separator.lowerBound]), String(purl.name[separator.upperBound...]))]
                } else {
                    names = [(nil, purl.name)]
                }
            default:
                if group.hasPrefix("org.webjars.bowergithub.") {
                    names = [(nil, purl.name.lowercased())]
                } else if group.hasPrefix("org.mvnpm.at.") {
                    names = [(String(group.dropFirst("org.mvnpm.at.".count)), purl.name)]
                } else {
                    return []
                }
            }
        }
        var seen: Set<String> = []
        return names.compactMap { scope, name in
            guard scope.map({ !$0.isEmpty }) ?? true, !name.isEmpty, seen.insert((scope ?? "") + "/" + name).inserted
            else { return nil }
            return try? PackageURL(type: "npm", namespace: scope.map { "@" + $0 }, name: name, version: purl.version)
        }
    }

    /// The GitHub accounts (lowercased) a WebJar names as its source: `org.webjars.bowergithub.OWNER`'s owner, or
    /// each reading of a `github-com-OWNER-REPO` name's account, shortest first. Empty for every other purl.
    static func gitHubAccounts(of purl: PackageURL) -> [String] {
        guard purl.type == "maven", let group = purl.namespace else { return [] }
        if group.hasPrefix("org.webjars.bowergithub.") {
            let owner = String(group.dropFirst("org.webjars.bowergithub.".count)).lowercased()
            return SourceRepositoryOwner.isAccountName(owner) ? [owner] : []
        }
        return gitHubReadings(of: purl)?.map { $0.account.lowercased() } ?? []
    }

    /// Each way of reading a `github-com-OWNER-REPO` WebJar name as an account and a repository (both may hold
    /// hyphens), shortest account first; `nil` when the purl is no such WebJar.
    private static func gitHubReadings(of purl: PackageURL) -> [(account: String, repository: String)]? {
        guard purl.type == "maven", ["org.webjars.npm", "org.webjars.bower"].contains(purl.namespace),
              purl.name.hasPrefix(gitHubPrefix) else { return nil }
        let parts = purl.name.dropFirst(gitHubPrefix.count).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        return (1..<parts.count).compactMap { split in
            let account = parts[..<split].joined(separator: "-")
            let repository = parts[split...].joined(separator: "-")
            guard SourceRepositoryOwner.isAccountName(account), !repository.isEmpty else { return nil }
            return (account, repository)
        }
    }

    private static let gitHubPrefix = "github-com-"

    /// The npm names a repository's name in a `github-com-` WebJar stands for: itself lowercased, and with a final
    /// `-js` read as `.js` (the WebJar writes `Chart.js` as `Chart-js`).
    private static func repositoryNames(_ repository: String) -> [String] {
        let lowered = repository.lowercased()
        guard lowered.hasSuffix("-js"), lowered.count > 3 else { return [lowered] }
        return [String(lowered.dropLast(3)) + ".js", lowered]
    }

    /// Classic `org.webjars` artefacts whose name is not the npm package's, each checked on Maven Central or the
    /// WebJar's own page (which name the project it packages).
    enum ClassicNames {
        static let npmName: [String: String] = [
            // https://central.sonatype.com/artifact/org.webjars/d3js: "D3.js", downloaded from github.com/d3/d3
            "d3js": "d3",
            // https://central.sonatype.com/artifact/org.webjars/chartjs: "Chart.js", from github.com/chartjs/Chart.js
            "chartjs": "chart.js",
            // https://index.scala-lang.org/webjars/momentjs: "Moment.js WebJar", upstream momentjs.com
            "momentjs": "moment",
            // org.webjars:angularjs, AngularJS (a rule names it, Rules/technologies/maven.yml); npm's angular
            "angularjs": "angular",
            // org.webjars:backbonejs, Backbone.js: https://central.sonatype.com/artifact/org.webjars/backbone-localstorage
            // depends on it
            "backbonejs": "backbone",
        ]
    }
}
