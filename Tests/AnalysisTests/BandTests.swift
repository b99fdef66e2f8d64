import Testing
@testable import Analysis

@Suite struct BandTests {
    @Test(arguments: [
        (3, 4, OSSBand.predominant),  // exactly 75%: not above 75
        (1, 2, OSSBand.predominant),  // exactly 50%
        (4, 5, OSSBand.primary),      // 80%
        (76, 100, OSSBand.primary),
        (75, 100, OSSBand.predominant),
        (50, 100, OSSBand.predominant),
        (49, 100, OSSBand.limited),
        (1, 3, OSSBand.limited),
        (0, 7, OSSBand.limited),
        (7, 7, OSSBand.primary),
    ])
    func stilBands(_ oss: Int, _ total: Int, _ band: OSSBand) {
        #expect(BandCutoffs.stil.band(oss: oss, total: total) == band)
    }

    @Test func nothingCountedHasNoBand() {
        #expect(BandCutoffs.stil.band(oss: 0, total: 0) == nil)
    }

    @Test func cutoffsAreConfigurable() {
        let strict = BandCutoffs(primaryAbove: 90, predominantFrom: 75)
        #expect(strict.band(oss: 3, total: 4) == .predominant)
        #expect(strict.band(oss: 9, total: 10) == .predominant)
        #expect(strict.band(oss: 19, total: 20) == .primary)
        #expect(strict.band(oss: 7, total: 10) == .limited)
    }

    @Test func shareCountKeepsUnknownApart() {
        let count = ShareCount(oss: 3, notOSS: 1, unknown: 4, firstParty: 2)
        #expect(count.share == 0.75)
        #expect(count.band == .predominant)
        #expect(count.shareCountingUnknownAsNotOSS == 3.0 / 8.0)
        #expect(count.bandCountingUnknownAsNotOSS == .limited)
        #expect(count.total == 8)
        let allUnknown = ShareCount(unknown: 5)
        #expect(allUnknown.share == nil)
        #expect(allUnknown.band == nil)
        #expect(allUnknown.shareCountingUnknownAsNotOSS == 0)
        #expect(allUnknown.bandCountingUnknownAsNotOSS == .limited)
        let empty = ShareCount()
        #expect(empty.share == nil && empty.shareCountingUnknownAsNotOSS == nil && empty.band == nil)
    }

    @Test func labels() {
        #expect(OSSBand.primary.label == "Primært OSS")
        #expect(OSSBand.predominant.label == "Overvejende OSS")
        #expect(OSSBand.limited.label == "Begrænset OSS")
    }
}

@Suite struct PercentBandTests {
    @Test func percentFromCountsIsExactAndAgreesWithTheCountBand() throws {
        let cutoffs = BandCutoffs(primaryAbove: 80, predominantFrom: 70)
        // 4 of 5 is exactly 80 %: Overvejende under these cut-offs (not more than 80 %), whatever the floating point.
        for (oss, notOSS) in [(4, 1), (7, 3), (8, 2), (3, 1), (1, 1), (0, 3), (5, 0), (14, 6)] {
            let count = ShareCount(oss: oss, notOSS: notOSS, cutoffs: cutoffs)
            let percent = try #require(count.percent)
            #expect(percent == Double(oss * 100) / Double(oss + notOSS))
            #expect(cutoffs.band(percent: percent) == count.band, "\(oss)/\(oss + notOSS)")
        }
        #expect(ShareCount(oss: 7, notOSS: 3).percent == 70)
        #expect(ShareCount(unknown: 2).percent == nil)
    }
}
