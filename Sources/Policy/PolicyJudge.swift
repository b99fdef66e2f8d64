import Analysis
import SovScanModel

/// Evaluates a policy over systems into findings (DESIGN section 1, "judge"). Pure: the day is given.
public struct PolicyJudge: Sendable {
    public var policy: Policy
    public var knowledge: LicenseKnowledge
    /// The day exceptions are checked against.
    public var today: PolicyDate
    /// The exit-plan register `bindings.require-exit-plan` is judged against: the given plans (register file,
    /// `--exit-plan`) and those the policy's exceptions add (`Policy.exitPlanRegister`).
    public let exitPlans: ExitPlanRegister

    public init(policy: Policy, knowledge: LicenseKnowledge, today: PolicyDate, exitPlans: ExitPlanRegister = ExitPlanRegister()) {
        self.policy = policy
        self.knowledge = knowledge
        self.today = today
        self.exitPlans = exitPlans.adding(policy.exitPlanRegister(today: today, registerIDs: exitPlans.ids))
    }

    /// Which third-party components of the systems the policy leaves unjudged, and why: counted by reason, and
    /// those skipped for their level listed with where the system declares them.
    public func unjudged(_ subjects: [PolicySubject]) -> UnjudgedComponents {
        evaluate(subjects).unjudged
    }

    /// Every finding for the systems, sorted; findings waived by an exception carry the waiver.
    public func judge(_ subjects: [PolicySubject]) -> [Finding] {
        evaluate(subjects).findings
    }

    /// Both answers of the gate in one pass, tracing each system's manifest locations once: every finding (as
    /// `judge`) and what the policy leaves unjudged (as `unjudged`).
    public func evaluate(_ subjects: [PolicySubject]) -> (findings: [Finding], unjudged: UnjudgedComponents) {
        var used: Set<Int> = []
        var findings: [Finding] = []
        var unjudged = UnjudgedComponents()
        for subject in subjects {
            let tracer = LocationTracer(subject.inventory)
            findings += judge(subject, tracer: tracer, used: &used)
            collectUnjudged(subject, tracer: tracer, into: &unjudged)
        }
        findings += exceptionFindings(used: used)
        for index in findings.indices {
            if let severity = policy.severities[findings[index].rule] { findings[index].severity = severity }
        }
        unjudged.levelIgnored.sort()
        return (findings.sorted(), unjudged)
    }

    private func collectUnjudged(_ subject: PolicySubject, tracer: LocationTracer, into result: inout UnjudgedComponents) {
        for component in subject.inventory.thirdPartyComponents {
            let facts = subject.facts[component.purl]
            switch policy.ignoring(component, level: facts?.level) {
            case .scope: result.byScope += 1
            case .level:
                result.byLevel += 1
                let trace = tracer.trace(component.purl)
                result.levelIgnored.append(UnjudgedComponent(
                    system: subject.inventory.name, component: component.purl.description,
                    scope: component.scope.rawValue, level: facts?.level?.rawValue ?? "", reason: facts?.levelReason,
                    location: trace.location.map { Self.underRoot($0, subject.inventory.root) },
                    path: trace.path.map(\.description)))
            case nil: break
            }
        }
    }

    private func judge(_ subject: PolicySubject, tracer: LocationTracer, used: inout Set<Int>) -> [Finding] {
        let system = subject.inventory.name
        var findings: [Finding] = []
        for component in subject.inventory.thirdPartyComponents {
            let facts = subject.facts[component.purl] ?? ComponentFacts()
            guard policy.ignoring(component, level: facts.level) == nil else { continue }
            let raw = componentFindings(component, facts: facts, system: system, used: &used)
            guard !raw.isEmpty else { continue }
            let trace = tracer.trace(component.purl)
            for var finding in raw {
                finding.system = system
                finding.location = trace.location.map { Self.underRoot($0, subject.inventory.root) }
                finding.path = trace.path
                finding.relatedLocations = tracer.lockfileEntries(component.purl)
                    .map { Self.underRoot($0, subject.inventory.root) }.filter { $0 != finding.location }
                if let index = waiver(for: component.purl, binding: facts.binding, finding: finding) {
                    used.insert(index)
                    let exception = policy.exceptions[index]
                    finding.waiver = "\(exception.subject) (\(exception.location)): \(exception.reason)"
                }
                findings.append(finding)
            }
        }
        findings += systemFindings(subject)
        return findings
    }

    /// The findings of one component before waivers, without system and location.
    private func componentFindings(_ component: Component, facts: ComponentFacts, system: String,
                                   used: inout Set<Int>) -> [Finding] {
        var result: [Finding] = []
        let name = component.displayName + (component.version.map { "@\($0)" } ?? "")
        func add(_ rule: RuleID, _ severity: Severity, _ subject: String, _ message: String) {
            result.append(Finding(rule: rule, severity: severity, message: message, system: "",
                                  component: component.purl, subject: subject))
        }
        // Licences: the component's own, else the one its technology rule states.
        let byRule = component.concludedLicense?.expression == nil ? facts.statedLicense : nil
        if let expression = component.concludedLicense?.expression ?? byRule?.expression {
            let licensed = "\(name) is licensed \(expression.spdx)" + (byRule.map { " (by rule \($0.rule))" } ?? "")
            switch policy.licenses.verdict(for: expression, knowledge: knowledge) {
            case .allowed:
                break
            case .refused(let license, denied: true):
                add(.licenseDenied, .error, license, "\(licensed); \(license) is denied by the policy")
            case .refused(let license, denied: false):
                add(.licenseNotAllowed, .error, license, "\(licensed); \(license) is not on the allow list")
            case .unknown(let license):
                if let severity = policy.licenses.unknown.severity {
                    add(.licenseUnknown, severity, license, "\(licensed); the category of \(license) is unknown")
                }
            }
        } else if let severity = policy.licenses.unknown.severity {
            let stated = component.concludedLicense?.unmappedText ?? component.declaredLicenses.first?.text
            add(.licenseUnknown, severity, "", "\(name) has no known licence" + (stated.map { " (stated: \"\($0)\")" } ?? ""))
        }
        // Packages, vendors, blocs.
        if let pattern = policy.deniedPackages.first(where: { $0.matches(component.purl) }) {
            add(.packageDenied, .error, pattern.text, "\(name) is denied by the policy (\(pattern.text))")
        }
        if let vendor = facts.vendorID,
           policy.deniedVendors.contains(where: { $0.matches(vendor) || facts.vendorName.map($0.matches) == true }) {
            add(.vendorDenied, .error, vendor, "\(name) comes from vendor \(facts.vendorName ?? vendor), which the policy denies")
        }
        if let bloc = facts.bloc, policy.deniedBlocs.contains(bloc) {
            add(.blocDenied, .error, bloc, "\(name) comes from a vendor seated in bloc \(bloc), which the policy denies")
        }
        // Bindings.
        if let binding = facts.binding {
            if policy.bindings.requireExitPlan {
                if let exceptions = exitPlanExceptions(for: component.purl, binding: binding, system: system) {
                    used.formUnion(exceptions)
                } else {
                    add(.bindingWithoutExitPlan, .error, binding.platform,
                        "\(name) binds the system to \(binding.platform) (\(binding.kind)); add a plan for it to the exit-plan register (exit-plans.yml) or an exception with 'exit-plan'")
                }
            }
            let kinds = policy.bindings.kinds
            if !policy.bindings.allowedBlocs.isEmpty, kinds.isEmpty || kinds.contains(binding.kind),
               !policy.bindings.allowedBlocs.contains(binding.bloc ?? "unknown") {
                add(.bindingBlocNotAllowed, .error, binding.platform,
                    "\(name) binds the system to \(binding.platform) (\(binding.kind), bloc \(binding.bloc ?? "unknown")); the policy allows \(kinds.isEmpty ? "bindings" : kinds.joined(separator: "/") + " bindings") only to \(policy.bindings.allowedBlocs.joined(separator: ", "))")
            }
        }
        // Relicensing.
        if let severity = policy.relicensed.severity {
            for event in facts.relicensing {
                add(.relicensedVersion, severity, event.event,
                    "\(name) is a version released under \(event.to) after relicensing (\(event.event), versions \(event.versions))")
            }
        }
        // SEAL.
        if let minimum = policy.seal.componentMinimum, let seal = facts.seal, seal < minimum {
            add(.sealBelowMinimum, .error, "SEAL-\(minimum)", "\(name) reaches SEAL-\(seal); the policy requires at least SEAL-\(minimum)")
        }
        return result
    }

    private func systemFindings(_ subject: PolicySubject) -> [Finding] {
        var result: [Finding] = []
        let system = subject.inventory.name
        let policyFile = policy.sources.first.map { SovScanModel.SourceLocation(file: $0) }
        for requirement in policy.shares {
            guard let share = subject.shares[requirement.target] else { continue }
            let message: String
            switch requirement.evaluate(share) {
            case .met:
                continue
            case .insufficientData(let count, let minCoverage):
                message = "the OSS share of \(requirement.target) in \(system) has insufficient data for the policy: "
                    + "coverage \(Self.percent(count.coveragePercent ?? 0)) % (\(count.known)/\(count.total) known) is below "
                    + "\(Self.percent(minCoverage)) %" + (count.known == count.platformBindings && count.known > 0
                        ? ", and platform bindings alone make no band" : "")
                    + Self.culprits(share)
            case .below(let percent, let band, let count):
                var wanted: [String] = []
                if let minimum = requirement.minimum { wanted.append("at least \(Self.percent(minimum)) %") }
                if let band = requirement.band { wanted.append(band.band.label) }
                let handling = requirement.unknown == .exclude ? "unknown licences left out" : "unknown licences counted as not OSS"
                message = "the OSS share of \(requirement.target) in \(system) is \(Self.percent(percent)) % "
                    + "(\(band?.label ?? "no band"); \(handling); coverage \(Self.percent(count.coveragePercent ?? 0)) %); "
                    + "the policy requires \(wanted.joined(separator: " and "))" + Self.culprits(share)
            }
            result.append(Finding(rule: .shareBelowMinimum, severity: .error, message: message,
                                  system: system, location: requirement.location ?? policyFile, subject: requirement.target))
        }
        if let minimum = policy.seal.systemMinimum, let seal = subject.seal, seal < minimum {
            // The system's level is its lowest component's: name the components below the minimum.
            let below = subject.inventory.thirdPartyComponents.filter { component in
                let facts = subject.facts[component.purl]
                return policy.ignoring(component, level: facts?.level) == nil && (facts?.seal).map { $0 < minimum } == true
            }.map { $0.displayName + ($0.version.map { "@\($0)" } ?? "") }.sorted()
            let named = below.prefix(10).joined(separator: ", ") + (below.count > 10 ? " and \(below.count - 10) more" : "")
            result.append(Finding(rule: .systemSealBelowMinimum, severity: .error,
                                  message: "\(system) reaches SEAL-\(seal); the policy requires at least SEAL-\(minimum)"
                                      + (below.isEmpty ? "" : ". Below SEAL-\(minimum): " + named),
                                  system: system, location: policy.seal.systemLocation ?? policyFile, subject: "SEAL-\(minimum)"))
        }
        return result
    }

    /// Expired, unused and too long exceptions.
    private func exceptionFindings(used: Set<Int>) -> [Finding] {
        var result: [Finding] = []
        let horizon = policy.exceptionMaxMonths.map { today.adding(months: $0) }
        for (index, exception) in policy.exceptions.enumerated() {
            let subject = exception.subject
            if let left = exception.daysLeft(on: today), left >= 0, left <= policy.expiryWarningDays, let expires = exception.expires {
                result.append(Finding(rule: .exceptionExpiring, severity: .warning,
                                      message: "the exception for \(subject) expires on \(expires), in \(left) day(s); renew it with a reason or finish the exit plan\(exception.exitPlan.map { " (\($0))" } ?? "")",
                                      system: "", location: exception.location, subject: subject))
            }
            if exception.isExpired(on: today), let expires = exception.expires {
                result.append(Finding(rule: .exceptionExpired, severity: .error,
                                      message: "the exception for \(subject) expired on \(expires) and waives nothing; renew it with a new date or remove the dependency",
                                      system: "", location: exception.location, subject: subject))
            } else if !used.contains(index) {
                result.append(Finding(rule: .exceptionUnused, severity: .warning,
                                      message: "the exception for \(subject) matches no finding; remove it",
                                      system: "", location: exception.location, subject: subject))
            }
            if let horizon, let months = policy.exceptionMaxMonths, exception.expires.map({ horizon < $0 }) ?? true {
                let until = exception.expires.map { "runs until \($0)" } ?? "has no 'expires'"
                result.append(Finding(rule: .exceptionTooLong, severity: .warning,
                                      message: "the exception for \(subject) \(until); the policy allows at most \(months) months (until \(horizon))",
                                      system: "", location: exception.location, subject: subject))
            }
        }
        return result
    }

    /// The first exception in force that covers the component and waives the finding. A missing exit plan is never
    /// waived.
    private func waiver(for purl: PackageURL, binding: BindingFact?, finding: Finding) -> Int? {
        guard finding.rule != .bindingWithoutExitPlan else { return nil }
        return policy.exceptions.indices.first { index in
            let exception = policy.exceptions[index]
            return !exception.isExpired(on: today) && exception.covers(purl, binding: binding)
                && exception.waives(finding.rule, subject: finding.subject)
        }
    }

    /// `nil` when no plan of the register covers the component's binding; else the exceptions that plan uses: the
    /// exception a plan came from, or the exceptions in force that cover the component and name the plan's id.
    private func exitPlanExceptions(for purl: PackageURL, binding: BindingFact, system: String) -> Set<Int>? {
        let components = [purl.description]
        let covering = exitPlans.plans.filter { plan in
            guard plan.covers(system: system, platform: binding.platform, rule: binding.rule, components: components)
            else { return false }
            // A plan from an exception holds exactly where the exception does (its versions, platform and purl).
            if case .policyException(let index) = plan.origin {
                return policy.exceptions.indices.contains(index) && policy.exceptions[index].covers(purl, binding: binding)
            }
            return true
        }
        guard let plan = covering.first else { return nil }
        if case .policyException(let index) = plan.origin { return [index] }
        return Set(policy.exceptions.indices.filter { index in
            let exception = policy.exceptions[index]
            return exception.exitPlan == plan.id && !exception.isExpired(on: today) && exception.covers(purl, binding: binding)
        })
    }

    /// A manifest location (relative to the system's root) as seen from where sovscan runs: `backend/pom.xml`.
    static func underRoot(_ location: SovScanModel.SourceLocation, _ root: String) -> SovScanModel.SourceLocation {
        var trimmedRoot = Substring(root)
        while trimmedRoot.hasPrefix("./") { trimmedRoot = trimmedRoot.dropFirst(2) }
        while trimmedRoot.count > 1, trimmedRoot.hasSuffix("/") { trimmedRoot = trimmedRoot.dropLast() }
        // A supplier's SBOM is its own root: its locations already name the file as given.
        guard !trimmedRoot.isEmpty, trimmedRoot != ".", !location.file.hasPrefix("/"),
              location.file != String(trimmedRoot) else { return location }
        var result = location
        result.file = (trimmedRoot == "/" ? "" : String(trimmedRoot)) + "/" + location.file
        return result
    }

    /// `. Not OSS: Azure, Oracle JDBC. Unknown licence: left-pad`: the units that pull a share down (at most
    /// ten of each, then a count of the rest).
    private static func culprits(_ share: MeasuredShare) -> String {
        func list(_ names: [String]) -> String {
            let shown = names.prefix(10).joined(separator: ", ")
            return names.count > 10 ? shown + " and \(names.count - 10) more" : shown
        }
        var text = ""
        if !share.notOSSUnits.isEmpty { text += ". Not OSS: " + list(share.notOSSUnits) }
        if !share.unknownUnits.isEmpty { text += ". Unknown licence: " + list(share.unknownUnits) }
        return text
    }

    private static func percent(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

import Foundation
