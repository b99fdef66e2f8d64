import Analysis
import Classification
import Foundation
import SovScanModel
import Yams

/// Reading the exit-plan register file (`exit-plans.yml`), DORA's and Bankdata's register of critical dependencies
/// with the plan to leave each.
///
/// ```yaml
/// exit-plans:
///   - id: aws-storage                    # unique
///     platform: AWS                      # a binding's platform (or binding id), and/or
///     purl: "pkg:npm/@aws-sdk/*"         # components whose purl matches
///     systems: [Borgerportal]            # optional; every system by default
///     plan: https://intranet.example/exit/aws.md
///     horizon-months: 18                 # optional: test again within this many months
///     last-tested: 2026-03-01            # optional
///     owner: Driftschef                  # optional
/// ```
/// Reading is strict: an unknown key, a wrong type or a duplicate id is an error with file and line, and the
/// entry is left out while the others are read.
extension ExitPlanRegister {
    static let keys = ["id", "platform", "purl", "systems", "plan", "horizon-months", "last-tested", "owner"]

    /// Reads a register file.
    public static func load(file: String) -> ExitPlanRegister {
        guard let data = FileManager.default.contents(atPath: file) else {
            return ExitPlanRegister(plans: [], diagnostics: [Diagnostic(.error, "cannot read the exit-plan register",
                                                                        at: SourceLocation(file: file))])
        }
        return parse(String(decoding: data, as: UTF8.self), file: file)
    }

    /// Reads the text of a register; `file` names it in diagnostics.
    public static func parse(_ text: String, file: String) -> ExitPlanRegister {
        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark.map { $0.line }, column: node.mark.map { $0.column })
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return ExitPlanRegister(plans: [], diagnostics: [Diagnostic(.error, "the register is empty; expected 'exit-plans:'",
                                                                            at: SourceLocation(file: file))])
            }
            root = node
        } catch {
            return ExitPlanRegister(plans: [], diagnostics: [Diagnostic(.error, "invalid YAML: \(error)", at: SourceLocation(file: file))])
        }
        guard let mapping = root.mapping, let list = mapping["exit-plans"]?.sequence else {
            return ExitPlanRegister(plans: [], diagnostics: [Diagnostic(.error, "expected a mapping with an 'exit-plans' list",
                                                                        at: location(root))])
        }
        var diagnostics: [Diagnostic] = []
        for (key, _) in mapping where key.string != "exit-plans" {
            diagnostics.append(Diagnostic(.error, "unknown key '\(key.string ?? "?")' (known: exit-plans)", at: location(key)))
        }
        var plans: [ExitPlan] = []
        var seen: Set<String> = []
        for item in list {
            switch entry(item, file: file, location: location) {
            case .success(let plan):
                if seen.insert(plan.id).inserted {
                    plans.append(plan)
                } else {
                    diagnostics.append(Diagnostic(.error, "exit plan id '\(plan.id)' is used twice", at: plan.location))
                }
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        return ExitPlanRegister(plans: plans, diagnostics: diagnostics)
    }

    private static func entry(_ item: Node, file: String, location: (Node) -> SourceLocation) -> Result<ExitPlan, Diagnostic> {
        guard let entry = item.mapping else {
            return .failure(Diagnostic(.error, "each exit plan is a mapping with id, plan and platform or purl", at: location(item)))
        }
        for (key, _) in entry where !keys.contains(key.string ?? "") {
            return .failure(Diagnostic(.error, "unknown key '\(key.string ?? "?")' (known: \(keys.joined(separator: ", ")))",
                                       at: location(key)))
        }
        guard let id = entry["id"]?.string, !id.isEmpty else {
            return .failure(Diagnostic(.error, "an exit plan needs an 'id'", at: location(item)))
        }
        guard let plan = entry["plan"]?.string, !plan.isEmpty else {
            return .failure(Diagnostic(.error, "exit plan '\(id)' needs 'plan' (the document that describes it)", at: location(item)))
        }
        let platform = entry["platform"]?.string
        var purl: PurlPattern?
        if let node = entry["purl"] {
            do { purl = try PurlPattern(node.string ?? "") } catch {
                return .failure(Diagnostic(.error, "exit plan '\(id)': \(error)", at: location(node)))
            }
        }
        if platform == nil && purl == nil {
            return .failure(Diagnostic(.error, "exit plan '\(id)' needs 'platform' or 'purl'", at: location(item)))
        }
        var systems: [String] = []
        if let node = entry["systems"] {
            guard let list = node.sequence, list.allSatisfy({ $0.string != nil }) else {
                return .failure(Diagnostic(.error, "'systems' is a list of system names", at: location(node)))
            }
            systems = list.compactMap(\.string)
        }
        var horizon: Int?
        if let node = entry["horizon-months"] {
            guard let months = node.int, months > 0 else {
                return .failure(Diagnostic(.error, "'horizon-months' is a whole number of months above 0", at: location(node)))
            }
            horizon = months
        }
        var tested: Date?
        if let node = entry["last-tested"] {
            guard let text = node.string, text.count == 10, let date = RunClock.parse(text) else {
                return .failure(Diagnostic(.error, "'last-tested' is a day, YYYY-MM-DD", at: location(node)))
            }
            tested = date
        }
        return .success(ExitPlan(id: id, platform: platform, purl: purl, systems: systems, plan: plan, horizonMonths: horizon,
                                 lastTested: tested, owner: entry["owner"]?.string, location: location(item), origin: .register))
    }
}
