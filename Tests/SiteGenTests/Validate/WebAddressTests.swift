import Testing
@testable import SiteGen

private let siteYML = "Content/site.yml"
private let defaultLists = "districts: [Fisksätra, Orminge, Älta]\nlanguages: [svenska, arabiska, engelska]"

/// `site.yml` of ``InlineSite`` with its `districts` and `languages` lines (lines 15 and 16) replaced.
private func lists(districts: String = "[Fisksätra, Orminge, Älta]", languages: String = "[svenska, arabiska, engelska]") -> String {
    precondition(InlineSite.siteYML.contains(defaultLists))
    return InlineSite.siteYML.replacingOccurrences(of: defaultLists, with: "districts: \(districts)\nlanguages: \(languages)")
}

private func problems(_ yml: String) throws -> [String] {
    try InlineSite.diagnostics([siteYML: yml])
}

private let calendarYML = InlineSite.siteYML + """
    calendar:
      kinds:
        - id: dialogmote
          name: Dialogmöte
        - id: dialogmote
          name: Dialogmöte igen
      audiences:
        - id: Invånare
          name: Invånare

    """

@Suite("Web addresses: two names that make the same address, or a name that makes none, are errors in site.yml")
struct WebAddressTests {
    @Test("'Älta' and 'Alta' both make omrade-alta: the second is reported, naming the first")
    func accentsOnly() throws {
        #expect(try problems(lists(districts: "[Fisksätra, Orminge, Älta, Alta]")) == ["""
            Content/site.yml:15:39: error: 'Alta' in 'districts' makes the same web address as 'Älta' (omrade-alta)
              hint: 'Älta' is at Content/site.yml:15:33; names must differ in more than accents, case and punctuation, so rename one of them
            """])
    }

    @Test("'bosniska/kroatiska/serbiska' and 'bosniska-kroatiska-serbiska' both make sprak-bosniska-kroatiska-serbiska")
    func punctuationOnly() throws {
        #expect(try problems(lists(languages: "[svenska, arabiska, bosniska/kroatiska/serbiska, bosniska-kroatiska-serbiska]")) == ["""
            Content/site.yml:16:61: error: 'bosniska-kroatiska-serbiska' in 'languages' makes the same web address as 'bosniska/kroatiska/serbiska' (sprak-bosniska-kroatiska-serbiska)
              hint: 'bosniska/kroatiska/serbiska' is at Content/site.yml:16:32; names must differ in more than accents, case and punctuation, so rename one of them
            """])
    }

    @Test("a name with no letter a–z or digit makes no address", arguments: [
        ("\"...\"", "'...'"), ("日本", "'日本'"), ("\"!?\"", "'!?'"),
    ])
    func noAddress(written: String, shown: String) throws {
        #expect(try problems(lists(districts: "[Fisksätra, \(written)]")) == ["""
            Content/site.yml:15:24: error: \(shown) in 'districts' has no letter a–z or digit to make a web address from
              hint: write the name in Latin letters as it is written in Swedish; å, ä, ö and accents are fine
            """])
    }

    @Test("an empty name is reported as empty")
    func empty() throws {
        #expect(try problems(lists(languages: "[svenska, arabiska, \"\"]")) == ["""
            Content/site.yml:16:32: error: an empty name in 'languages'
              hint: write the name, or delete the empty item
            """])
    }

    @Test("a name whose address would be too long for a folder name")
    func tooLong() throws {
        let name = String(repeating: "Långnamn", count: 8)
        #expect(try problems(lists(districts: "[Fisksätra, \(name)]")) == ["""
            Content/site.yml:15:24: error: '\(name)' in 'districts' is too long for a web address (64 characters; at most 60)
              hint: shorten the name
            """])
    }

    @Test("the same name twice, in any case, is one error at the second, naming the first")
    func listedTwice() throws {
        #expect(try problems(lists(districts: "[Fisksätra, Orminge, fisksätra]")) == ["""
            Content/site.yml:15:33: error: 'fisksätra' is listed twice in 'districts'
              hint: the first is at Content/site.yml:15:13; list each one once
            """])
    }

    @Test("a programme id that is not usable in an address, and one used twice, are placed at the id")
    func programmeIDs() throws {
        let yml = InlineSite.siteYML
            .replacingOccurrences(of: "id: forstarkt", with: "id: ../x")
            .replacingOccurrences(of: "id: sai", with: "id: grund")
        let provider = InlineSite.provider(replacing: "insatser: [sai, grund]", with: "insatser: [grund]")
        #expect(try InlineSite.diagnostics([siteYML: yml, "Content/anordnare/fyrbaken.md": provider]) == [
            """
            Content/site.yml:9:9: error: the programme id '../x' is not usable in a web address
              hint: use lowercase a–z, digits and '-' only, e.g. 'x'
            """,
            """
            Content/site.yml:12:9: error: the programme id 'grund' is used twice
              hint: the first is at Content/site.yml:6:9; give each programme its own id
            """,
        ])
    }

    @Test("calendar kinds and audiences: an id used twice and one not usable in an address, at the id")
    func calendarIDs() throws {
        #expect(try problems(calendarYML) == [
            """
            Content/site.yml:21:11: error: the calendar kind id 'dialogmote' is used twice
              hint: the first is at Content/site.yml:19:11; give each kind its own id
            """,
            """
            Content/site.yml:24:11: error: the calendar audience id 'Invånare' is not usable in a web address
              hint: use lowercase a–z, digits and '-' only, e.g. 'invanare'
            """,
        ])
    }

    @Test("different names keep apart: the example's districts and languages give no error")
    func distinct() throws {
        #expect(try problems(lists(districts: "[Fisksätra, Älta, Alt, Saltsjö-Boo, Saltsjöbaden]",
                                   languages: "[svenska, arabiska, bosniska/kroatiska/serbiska, bosniska, kroatiska]")) == [])
    }
}
