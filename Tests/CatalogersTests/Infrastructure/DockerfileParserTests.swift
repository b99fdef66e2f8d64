import Catalogers
import SovScanModel
import Testing

@Suite("Dockerfile and Containerfile reader")
struct DockerfileParserTests {
    private func parse(_ text: String) -> ([DockerfileStage], [Diagnostic]) {
        let (stages, diagnostics) = DockerfileParser.parse(Array(text.utf8), file: "Dockerfile")
        return (stages, diagnostics)
    }

    @Test("multi-stage: aliases, stage bases, ARG defaults, heredocs, COPY --from")
    func multiStage() throws {
        let (stages, diagnostics) = DockerfileParser.parse(try InfrastructureFixtures.bytes("containers/api/Dockerfile"),
                                                           file: "api/Dockerfile")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(stages.map(\.image) == ["maven:3.9-eclipse-temurin-21", "build", "eclipse-temurin:21-jre-alpine"])
        #expect(stages.map(\.alias) == ["build", "test", "runtime"])
        #expect(stages.map(\.line) == [6, 13, 17])
        #expect(stages.map(\.baseStage) == [nil, 0, nil])
        #expect(stages[2].copiedStages == [0])
        #expect(stages[2].copiedImages.map { "\($0.image) @\($0.line)" } == ["docker.io/otel/opentelemetry-javaagent:2.6.0 @23"])
        #expect(DockerfileParser.shippingStages(stages) == [2])
    }

    @Test("continuations with comments, the escape directive, lower-case instructions")
    func continuations() {
        let (stages, diagnostics) = parse("""
            # escape=`
            from --platform=linux/amd64 `
            # a comment inside the continuation
              debian:12-slim `
              as base
            FROM base
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(stages.map(\.image) == ["debian:12-slim", "base"])
        #expect(stages[0].platform == "linux/amd64")
        #expect(stages[0].line == 2)
        #expect(DockerfileParser.shippingStages(stages) == [0, 1])
    }

    @Test("bad FROM lines are diagnostics with their line; the rest is read")
    func badLines() {
        let (stages, diagnostics) = parse("FROM ${MISSING}\nFROM\nFROM alpine:3.20 extra words\n")
        #expect(stages.map(\.image) == ["", "alpine:3.20"])
        #expect(diagnostics.map { "\($0.severity.rawValue) \($0.location?.line ?? 0)" } == ["warning 1", "error 2", "warning 3"])
        #expect(parse("RUN echo hi\n").1.map(\.severity) == [.warning], "no FROM at all")
    }

    @Test("an unterminated heredoc and a trailing continuation end the file without a crash")
    func unterminated() {
        #expect(parse("FROM alpine\nRUN <<EOF\nFROM not-read\n").0.map(\.image) == ["alpine"])
        #expect(parse("FROM alpine \\").0.map(\.image) == ["alpine"])
    }

    @Test("a huge Dockerfile is read in bounded time")
    func huge() {
        var text = ""
        for index in 0..<20_000 { text += "FROM alpine:3.\(index) AS s\(index)\nRUN echo \(index) \\\n  && true\n" }
        let (stages, diagnostics) = parse(text)
        #expect(stages.count == 20_000)
        #expect(diagnostics.isEmpty)
    }
}
