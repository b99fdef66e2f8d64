import Analysis
import Foundation

/// `exit-plans --format table`: every binding with its plan and what is wrong with it, then unused plans.
public struct ExitPlanTableWriter: Sendable {
    public init() {}

    public func write(_ review: ExitPlanReview) -> String {
        var rows = [["system", "platform", "vendor", "plan", "last tested", "horizon", "status"]]
        for entry in review.entries {
            rows.append([entry.system, entry.binding.platform, entry.binding.vendor ?? "-", entry.plan?.id ?? "-",
                         entry.plan?.lastTested.map(ExitPlanText.day) ?? "-",
                         entry.plan?.horizonMonths.map { "\($0) months" } ?? "-",
                         entry.problems.isEmpty ? "ok" : entry.problems.map(\.rawValue).joined(separator: ", ")])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var output = "Exit plans on \(ExitPlanText.day(review.today)): \(review.entries.count) bindings, "
            + "\(review.problems.count) with a problem\n"
        for row in rows {
            output += "  " + row.enumerated().map { column, text in
                column == row.count - 1 ? text : text + String(repeating: " ", count: widths[column] - text.count)
            }.joined(separator: "  ") + "\n"
        }
        for plan in review.unusedPlans {
            output += "unused plan \(plan.id) (\(plan.location)): covers no binding of the recorded systems\n"
        }
        return output
    }
}

/// `exit-plans --format csv`: the register as DORA's register of information lays out the assessment of ICT
/// services (template B_07.01): one row per system (function) and platform (ICT service), with the provider, its
/// jurisdiction, whether an exit plan exists and when it was tested.
public struct ExitPlanCSVWriter: Sendable {
    public init() {}

    public static let header = ["function_system", "ict_service_platform", "ict_third_party_provider", "provider_bloc",
                                "level", "proprietary", "exit_plan_exists", "exit_plan_id", "exit_plan_document",
                                "exit_horizon_months", "last_exit_plan_test", "owner", "status"]

    public func write(_ review: ExitPlanReview) -> Data {
        var lines = [Self.header]
        for entry in review.entries {
            let plan = entry.plan
            lines.append([entry.system, entry.binding.platform, entry.binding.vendor ?? "", entry.binding.bloc,
                          entry.binding.level, entry.binding.proprietary ? "true" : "false", plan == nil ? "false" : "true",
                          plan?.id ?? "", plan?.plan ?? "", plan?.horizonMonths.map(String.init) ?? "",
                          plan?.lastTested.map(ExitPlanText.day) ?? "", plan?.owner ?? "",
                          entry.problems.isEmpty ? "ok" : entry.problems.map(\.rawValue).joined(separator: " ")])
        }
        return Data((lines.map { $0.map(ExitPlanText.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n").utf8)
    }
}

enum ExitPlanText {
    static func day(_ date: Date) -> String { String(RunClock.iso(date).prefix(10)) }

    static func csvField(_ value: String) -> String {
        guard value.contains(",") || value.contains("\"") || value.contains(where: \.isNewline) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
