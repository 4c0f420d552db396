import Foundation
import Testing
@testable import SiteGen

@Suite("Swedish conventions, independent of the machine's locale")
struct SwedishTests {
    @Test("names sort with å, ä, ö after z, case and accents only breaking ties")
    func collation() {
        let names = ["Öppna Vägar", "Lund Jobb", "Älta Språk", "Åby", "Löwenfeldt", "zeta", "Ängen", "Björk", "Éva", "Ebba", "Lyra"]
        let sorted = names.sorted(by: SwedishCollation.areInIncreasingOrder)
        #expect(sorted == ["Björk", "Ebba", "Éva", "Lund Jobb", "Lyra", "Löwenfeldt", "zeta", "Åby", "Älta Språk", "Ängen", "Öppna Vägar"])
    }

    @Test("decimal comma, non-breaking space before %, real minus sign", arguments: [
        (3.77, 2, "3,77"), (4.0, 1, "4,0"), (-0.25, 2, "\u{2212}0,25"), (-0.001, 2, "0,00"),
    ])
    func decimals(value: Double, decimals: Int, expected: String) {
        #expect(SwedishFormat.decimal(value, decimals: decimals) == expected)
    }

    @Test("a half rounds away from zero, as Excel's ROUND and the municipality's reports do, whatever binary noise the arithmetic left", arguments: [
        (4.245, 2, "4,25"), (3.465, 2, "3,47"), (164.5, 0, "165"), (12.5, 0, "13"), (2.5, 0, "3"), (0.125, 2, "0,13"),
        (1.005, 2, "1,01"), (-1.5, 0, "\u{2212}2"), (4.2449, 2, "4,24"), (0.0, 3, "0,000"), (1234.5678, 1, "1234,6"),
        // A weighted mean that is 3,055 exactly: (3,00·3 + 3,07·11) / 14 is 3,0549999… in binary.
        ((3.00 * 3 + 3.07 * 11) / 14, 2, "3,06"),
    ])
    func halfAwayFromZero(value: Double, decimals: Int, expected: String) {
        #expect(SwedishFormat.decimal(value, decimals: decimals) == expected)
    }

    @Test("the downloads round as the pages do") func roundedAgrees() {
        #expect(SwedishFormat.rounded(4.245, decimals: 2) == 4.25)
        #expect(SwedishFormat.rounded(0.45454545, decimals: 4) == 0.4545)
        #expect(SVGNumber.text(12.25) == "12.3" && SVGNumber.text(-0.04) == "0.0")
    }

    @Test("percent") func percent() {
        #expect(SwedishFormat.percent(0.45) == "45\u{00A0}%")
        #expect(SwedishFormat.percent(0.4567, decimals: 1) == "45,7\u{00A0}%")
    }

    @Test("dates in Stockholm time: late UTC evening is already the next day in Sweden")
    func dates() throws {
        let date = try #require(BuildDate.parse("2021-06-16"))
        #expect(SwedishFormat.date(date) == "16 juni 2021")
        #expect(SwedishFormat.isoDate(date) == "2021-06-16")
        let lateUTC = Date(timeIntervalSince1970: 1_640_991_600) // 2021-12-31T23:00:00Z
        #expect(SwedishFormat.date(lateUTC) == "1 januari 2022")
    }

    @Test("lists read as Swedish prose") func lists() {
        #expect(SwedishFormat.list(["svenska"]) == "svenska")
        #expect(SwedishFormat.list(["svenska", "arabiska", "somaliska"]) == "svenska, arabiska och somaliska")
    }
}
