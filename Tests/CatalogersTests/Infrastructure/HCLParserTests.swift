import Catalogers
import SovScanModel
import Testing

@Suite("HCL native syntax parser")
struct HCLParserTests {
    private func parse(_ text: String) -> (HCLBody, [Diagnostic]) {
        HCLParser.parse(Array(text.utf8), file: "main.tf")
    }

    @Test("blocks with labels, attributes, objects, lists and literal strings")
    func structure() throws {
        let (body, diagnostics) = parse("""
            terraform {
              required_providers {
                aws = { source = "hashicorp/aws", version = ">= 5.0" }
                quoted = {
                  "source": "example/quoted"
                }
              }
            }
            resource "aws_s3_bucket" "logs" {
              tags = ["a", "b", 3]
              count = var.enabled ? 1 : 0
            }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let required = try #require(body.blocks("terraform").first?.body.blocks("required_providers").first)
        #expect(required.body.attributes.map(\.name) == ["aws", "quoted"])
        #expect(required.body.attributes.map(\.line) == [3, 4])
        #expect(required.body.attribute("aws")?.value["version"]?.literal == ">= 5.0")
        #expect(required.body.attribute("quoted")?.value["source"]?.literal == "example/quoted")
        let resource = try #require(body.blocks("resource").first)
        #expect(resource.labels == ["aws_s3_bucket", "logs"])
        #expect(resource.line == 9)
        #expect(resource.body.attribute("tags")?.value == .list([.string("a", interpolated: false),
                                                                 .string("b", interpolated: false), .other]))
        #expect(resource.body.attribute("count")?.value == .other)
    }

    @Test("comments of all three kinds, escapes, interpolation with nested strings and braces")
    func stringsAndComments() throws {
        let (body, diagnostics) = parse("""
            # hash comment { not a block
            // slash comment }
            /* block comment
               resource "hidden" "x" {} */
            a = "tab\\there \\"quoted\\""
            b = "${jsonencode({ key = "v}" })}-suffix"
            c = "$${literal}"
            d = "100%"
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(body.blocks.isEmpty)
        #expect(body.attribute("a")?.value.literal == "tab\there \"quoted\"")
        #expect(body.attribute("b")?.value == .string("${jsonencode({ key = \"v}\" })}-suffix", interpolated: true))
        #expect(body.attribute("c")?.value.literal == "${literal}")
        #expect(body.attribute("d")?.value.literal == "100%")
        #expect(body.attribute("d")?.line == 8)
    }

    @Test("heredocs, plain and indented, are one string; their lines are not read as HCL")
    func heredocs() throws {
        let (body, diagnostics) = parse("""
            user_data = <<EOF
            resource "inside" "heredoc" {
            EOF
            script = <<-EOT
                echo ${var.name}
                EOT
            after = "yes"
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(body.blocks.isEmpty)
        #expect(body.attribute("user_data")?.value.literal == "resource \"inside\" \"heredoc\" {")
        #expect(body.attribute("script")?.value == .string("echo ${var.name}", interpolated: true))
        #expect(body.attribute("after")?.line == 7)
    }

    @Test("for expressions in objects and lists, interpolations over several lines (as real estates write them)")
    func expressions() throws {
        let (body, diagnostics) = parse("""
            locals {
              by_name = { for k, v in local.nodes : k => merge(
                { name = v.name },
                v.labels,
              ) }
              selector = join(",", concat(
                [for k, v in local.labels : "${k}=${v}"],
              ))
              url = "https://${
                var.use_lb ? hcloud_load_balancer.lb.ipv4 :
                hcloud_server.first.ipv4_address
              }:6443"
              literal = { for = "a key named for" }
            }
            resource "hcloud_server" "app" {
              name = "app"
            }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let locals = try #require(body.blocks("locals").first)
        #expect(locals.body.attributes.map(\.name) == ["by_name", "selector", "url", "literal"])
        #expect(locals.body.attribute("by_name")?.value == .other)
        #expect(locals.body.attribute("url")?.value.literal == nil)
        #expect(locals.body.attribute("literal")?.value["for"]?.literal == "a key named for")
        let resource = try #require(body.blocks("resource").first)
        #expect(resource.line == 15, "lines stay right after a string that spans lines")
    }

    @Test("function calls keep their arguments; a call inside a larger expression is computed")
    func calls() throws {
        let (body, diagnostics) = parse("""
            a = jsonencode([
              { name = "api", image = "nginx:1.27" },
            ])
            b = file("${path.module}/x.json")
            c = max(1, 2) + 3
            d = try(var.x, "default")
            e = lower(
            f = 1
            """)
        guard case .call("jsonencode", let arguments)? = body.attribute("a")?.value, arguments.count == 1,
              case .list(let items) = arguments[0], items.count == 1, case .object(let entries) = items[0] else {
            Issue.record("jsonencode([...]) is not a call with a list of one object: \(String(describing: body.attribute("a")))")
            return
        }
        #expect(entries.map { "\($0.key)=\($0.value.literal ?? "?") \($0.line):\($0.column)" } == ["name=api 2:5", "image=nginx:1.27 2:19"])
        #expect(body.attribute("b")?.value == .call("file", [.string("${path.module}/x.json", interpolated: true)]))
        #expect(body.attribute("c")?.value == .other)
        #expect(body.attribute("d")?.value == .call("try", [.other, .string("default", interpolated: false)]))
        #expect(!diagnostics.isEmpty, "an unclosed call is an error")
        let (module, moduleDiagnostics) = parse("""
            module "app" {
              providers = {
                kubernetes.cluster = kubernetes.cluster
                helm               = helm
              }
            }
            """)
        #expect(moduleDiagnostics.isEmpty, "\(moduleDiagnostics)")
        guard case .object(let providers)? = module.blocks("module").first?.body.attribute("providers")?.value else {
            Issue.record("providers is not an object")
            return
        }
        #expect(providers.map(\.key) == ["kubernetes.cluster", "helm"])
        #expect(diagnostics.allSatisfy { $0.location?.line != nil })
    }

    @Test("syntax errors are diagnostics with their line; parsing goes on after them")
    func recovery() throws {
        let (body, diagnostics) = parse("""
            a = "x"
            b = = 
            } stray
            resource "r" "n" { c = 1 }
            d = "unterminated
            """)
        #expect(body.attribute("a")?.value.literal == "x")
        #expect(body.blocks("resource").first?.body.attribute("c") != nil)
        #expect(diagnostics.map { "\($0.severity.rawValue) \($0.location?.line ?? 0)" } == ["error 5", "error 2", "error 3"])
        let (_, unclosed) = parse("block {\n a = 1\n")
        #expect(unclosed.map(\.message) == ["HCL: a block is not closed before the end of the file"])
        #expect(parse("/* never closed").1.map { $0.location?.line } == [1])
        #expect(parse("x = <<EOF\nno end").1.map(\.message) == ["HCL: unterminated heredoc"])
    }

    @Test("hostile input: deep nesting is refused with one diagnostic, a huge file is read in bounded time")
    func hostile() {
        let deepBlocks = String(repeating: "a {\n", count: 10_000) + String(repeating: "}\n", count: 10_000)
        let (_, blockDiagnostics) = parse(deepBlocks)
        #expect(blockDiagnostics.count == 1)
        #expect(blockDiagnostics.first?.message.contains("deeper than 128") == true)
        let deepValue = "x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(parse(deepValue).1.count == 1)
        let deepCall = "x = f" + String(repeating: "(", count: 100_000) + String(repeating: ")", count: 100_000)
        #expect(parse(deepCall).1.count == 1)
        var huge = ""
        for index in 0..<20_000 {
            huge += "resource \"aws_instance\" \"i\(index)\" {\n  ami = \"ami-\(index)\"\n  tags = { n = \"${var.x}\" }\n}\n"
        }
        let (body, diagnostics) = parse(huge)
        #expect(diagnostics.isEmpty)
        #expect(body.blocks.count == 20_000)
    }
}
