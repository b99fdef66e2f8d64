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
        let count = ShareCount(oss: 7, notOSS: 1, unknown: 2, firstParty: 2)
        #expect(count.share == 7.0 / 8.0)
        #expect(count.band == .primary)
        #expect(count.shareCountingUnknownAsNotOSS == 0.7)
        #expect(count.bandCountingUnknownAsNotOSS == .predominant)
        #expect(count.coverage == 0.8 && count.coveragePercent == 80, "8 of 10 known: exactly the default threshold")
        #expect(!count.insufficientData)
        #expect(count.total == 10)
        let allUnknown = ShareCount(unknown: 5)
        #expect(allUnknown.share == nil && allUnknown.coverage == 0)
        #expect(allUnknown.band == nil && allUnknown.bandCountingUnknownAsNotOSS == nil)
        #expect(allUnknown.shareCountingUnknownAsNotOSS == 0)
        #expect(allUnknown.insufficientData)
        let empty = ShareCount()
        #expect(empty.share == nil && empty.shareCountingUnknownAsNotOSS == nil && empty.band == nil && empty.coverage == nil)
        #expect(!empty.insufficientData, "nothing counted is not the same as too little known")
    }

    /// Issue 14's cases: a share below its coverage threshold carries no band, in either counting.
    @Test func noBandBelowTheCoverageThreshold() {
        // 3 of 4 known under 8 units: 50 % coverage.
        let half = ShareCount(oss: 3, notOSS: 1, unknown: 4)
        #expect(half.share == 0.75 && half.coverage == 0.5)
        #expect(half.band == nil && half.bandCountingUnknownAsNotOSS == nil && half.insufficientData)
        // "Applikation 100% Primært" with 33 of 43 technologies unknown: 10/43 = 23 % coverage.
        let applikation = ShareCount(oss: 10, unknown: 33)
        #expect(applikation.share == 1 && applikation.band == nil && applikation.insufficientData)
        // Just below the threshold: 79 of 100.
        #expect(ShareCount(oss: 79, unknown: 21).band == nil)
        #expect(ShareCount(oss: 80, unknown: 20).band == .primary)
        // --min-coverage moves the threshold; 0 gives every share with a known licence a band.
        let lenient = BandCutoffs(minCoverage: 50)
        #expect(ShareCount(oss: 3, notOSS: 1, unknown: 4, cutoffs: lenient).band == .predominant)
        #expect(ShareCount(oss: 1, unknown: 99, cutoffs: BandCutoffs(minCoverage: 0)).band == .primary)
    }

    /// Issue 14: 31 unknown technologies and one proprietary Azure binding read "0 % · Begrænset OSS".
    @Test func aPlatformBindingNeverMakesABandAlone() {
        let azure = ShareCount(notOSS: 1, unknown: 31, platformBindings: 1)
        #expect(azure.share == 0)
        #expect(azure.coverage == 1.0 / 32.0)
        #expect(azure.band == nil && azure.insufficientData)
        let onlyBinding = ShareCount(notOSS: 1, platformBindings: 1)
        #expect(onlyBinding.coverage == 1)
        #expect(onlyBinding.band == nil && onlyBinding.insufficientData, "full coverage, but only by the binding")
        #expect(ShareCount(notOSS: 1, platformBindings: 1, cutoffs: BandCutoffs(minCoverage: 0)).band == nil)
        let withPackages = ShareCount(oss: 4, notOSS: 1, platformBindings: 1)
        #expect(withPackages.band == .primary && !withPackages.insufficientData)
        let summed = ShareCount.sum([azure, ShareCount(oss: 2)], cutoffs: .stil)
        #expect(summed.platformBindings == 1 && summed.total == 34 && summed.insufficientData)
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
