@testable import Catalogers
import Testing

/// Whether a Next.js configuration exports the project statically (`output: 'export'`), read from its text.
@Suite struct NextStaticExportTests {
    @Test func aLiteralExportOutputCounts() {
        #expect(NextStaticExport.setsStaticExport("const nextConfig = {\n  output: 'export',\n  trailingSlash: true,\n}"))
        #expect(NextStaticExport.setsStaticExport("export default { output: \"export\" }"))
        #expect(NextStaticExport.setsStaticExport("module.exports = { \"output\": `export` }"))
    }

    @Test func otherOutputsAndComputedValuesDoNot() {
        #expect(!NextStaticExport.setsStaticExport("const nextConfig = { output: 'standalone' }"))
        #expect(!NextStaticExport.setsStaticExport("output: process.env.EXPORT ? 'export' : undefined"))
        #expect(!NextStaticExport.setsStaticExport("const config = { distoutput: 'export' }"))
        #expect(!NextStaticExport.setsStaticExport("module.exports = { reactStrictMode: true }"))
        // A setting left in a comment is not made.
        #expect(!NextStaticExport.setsStaticExport("const nextConfig = {\n  // output: 'export',\n  output: 'standalone',\n}"))
        #expect(!NextStaticExport.setsStaticExport("export default { /* output: 'export' */ }"))
        #expect(NextStaticExport.setsStaticExport("const base = 'https://x.org'; export default { output: 'export' }"))
    }
}
