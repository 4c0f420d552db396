import Testing
@testable import SiteGen

@Test func probeMessages() throws {
    let P = InlineSite.provider
    let cases: [(String, [String: String], [String: [UInt8]])] = [
        ("indent", ["Content/anordnare/fyrbaken.md": P("sammanfattning: Vi hjälper dig till jobb.\n", "sammanfattning: Vi hjälper dig\n  insatser: x\n")], [:]),
        ("indent2", ["Content/anordnare/fyrbaken.md": P("områden: [Fisksätra]", "områden:\n  - Fisksätra\n - Orminge")], [:]),
        ("quote", ["Content/anordnare/fyrbaken.md": P("namn: Fyrbåken Kompetens", "namn: \"Fyrbåken Kompetens")], [:]),
        ("sprak", ["Content/anordnare/fyrbaken.md": P("språk:", "sprak:")], [:]),
        ("missing", ["Content/anordnare/fyrbaken.md": P("namn: Fyrbåken Kompetens\n", "")], [:]),
        ("list", ["Content/anordnare/fyrbaken.md": P("namn: Fyrbåken Kompetens", "namn: [Fyrbåken, Kompetens]")], [:]),
        ("meny", ["Content/sidor/om-siffrorna.md": "---\ntitel: Om\nmeny: yes\n---\n"], [:]),
        ("js", ["Content/anordnare/fyrbaken.md": P("områden: [Fisksätra]", "områden: [Fisksätra]\nwebbplats: javascript:alert(1)")], [:]),
        ("mail", ["Content/anordnare/fyrbaken.md": P("områden: [Fisksätra]", "områden: [Fisksätra]\nepost: info(at)fyrbaken.example")], [:]),
        ("dup", ["Content/anordnare/fyrbaken-2.md": InlineSite.fyrbakenMD], [:]),
        ("ids", ["Content/anordnare/fyrbaken.md": P("insatser: [sai, grund]\nspråk: [svenska, arabiska]\nområden: [Fisksätra]", "insatser: [sai, forstarct]\nspråk: [svenka]\nområden: [Fisksatra]")], [:]),
        ("slug", ["Content/anordnare/Fyr Båken.md": InlineSite.fyrbakenMD], [:]),
        ("txt", ["Content/anordnare/anteckningar.txt": "x"], [:]),
        ("1252", [:], ["Content/anordnare/fyrbaken.md": Array("---\nnamn: Fyrb".utf8) + [0xE5] + Array("ken\n---\n".utf8)]),
        ("noclose", ["Content/anordnare/fyrbaken.md": "---\nnamn: x\n"], [:]),
        ("nofront", ["Content/anordnare/fyrbaken.md": "namn: x\n"], [:]),
        ("reserved", ["Content/sidor/anordnare.md": InlineSite.pageMD], [:]),
        ("phone", ["Content/anordnare/fyrbaken.md": P("områden: [Fisksätra]", "områden: [Fisksätra]\ntelefon: ring oss")], [:]),
        ("ordning", ["Content/sidor/om-siffrorna.md": "---\ntitel: Om\nordning: tre\n---\n"], [:]),
        ("siteunknown", ["Content/site.yml": InlineSite.siteYML + "titel: x\n"], [:]),
        ("dupkey", ["Content/anordnare/fyrbaken.md": P("områden: [Fisksätra]", "områden: [Fisksätra]\nnamn: Annan")], [:]),
        ("long", ["Content/anordnare/fyrbaken.md": P("sammanfattning: Vi hjälper dig till jobb.", "sammanfattning: " + String(repeating: "a", count: 201))], [:]),
        ("listitem", ["Content/anordnare/fyrbaken.md": P("språk: [svenska, arabiska]", "språk: [svenska, [arabiska]]")], [:]),
        ("emptyfm", ["Content/anordnare/fyrbaken.md": "---\n---\nText\n"], [:]),
        ("tab", ["Content/anordnare/fyrbaken.md": P("namn: Fyrbåken Kompetens", "namn:\tFyrbåken: Kompetens")], [:]),
    ]
    for (name, files, bytes) in cases {
        let site = try InlineSite(files, bytes: bytes)
        defer { site.remove() }
        print("=== \(name)")
        for d in site.diagnostics() { print(d) }
    }
}
