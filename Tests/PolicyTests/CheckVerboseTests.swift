import Foundation
import Testing

/// `check --verbose` means what `scan --verbose` means for the scan's diagnostics: the notes are printed too. A
/// Helm template whose image is a template expression gives such a note (the image is known only when rendered).
struct CheckVerboseTests {
    let cli = CheckCommandTests()

    @Test func verboseCheckPrintsTheScansNotesAsScanDoes() throws {
        let sample = try cli.sampleCopy()
        let chart = sample.appendingPathComponent("deploy/chart")
        try FileManager.default.createDirectory(at: chart.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try cli.write("apiVersion: v2\nname: kommune-sag\nversion: 1.0.0\n", to: chart.appendingPathComponent("Chart.yaml"))
        try cli.write("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: sag
            spec:
              template:
                spec:
                  containers:
                    - name: sag
                      image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
            """, to: chart.appendingPathComponent("templates/deployment.yaml"))
        let note = "is set by a template expression"

        let scan = try cli.run(["scan", ".", "--format", "json", "--verbose"], in: sample)
        #expect(scan.stderr.contains(note), "scan --verbose prints the note: \(scan.stderr)")
        let quietScan = try cli.run(["scan", ".", "--format", "json"], in: sample)
        #expect(!quietScan.stderr.contains(note), "scan without --verbose does not: \(quietScan.stderr)")

        let plain = try cli.run(["check", "--policy-profile", "stil", "--format", "json:check.json"], in: sample)
        #expect([0, 1].contains(plain.status), "\(plain.stdout)\(plain.stderr)")
        #expect(!plain.stderr.contains(note), "without --verbose no notes: \(plain.stderr)")

        let verbose = try cli.run(["check", "--policy-profile", "stil", "--format", "json:check.json", "--verbose"], in: sample)
        #expect(verbose.status == plain.status, "\(verbose.stdout)\(verbose.stderr)")
        #expect(verbose.stderr.contains("deploy/chart/templates/deployment.yaml:10:18: note:"), "\(verbose.stderr)")
        #expect(verbose.stderr.contains(note), "check --verbose prints the note as scan --verbose does: \(verbose.stderr)")
    }
}
