import Testing
@testable import SiteGen

@Suite("Template check: every name a template uses exists in its view")
struct TemplateCheckTests {
    struct Item { var name: String; var note: String? }
    struct View { var title: String; var items: [Item]; var flag: Bool; var missing: String? }

    private func check(_ templates: [String: String], _ view: Any, root: String = "page") -> [String] {
        let syntax = templates.mapValues { TemplateSyntax.parse(SourceFile(path: "Templates/x.mustache", text: $0)) }
        return TemplateCheck(templates: syntax).check(root, against: view).map(\.description)
    }

    private let view = View(title: "T", items: [Item(name: "a", note: nil), Item(name: "b", note: "n")], flag: true, missing: nil)

    @Test("a template that uses only the view's names passes, including nil optionals and parent names inside sections")
    func valid() {
        let problems = check(["page": "{{title}}{{#items}}{{name}}{{#note}}{{.}}{{/note}}{{^note}}–{{/note}}{{title}}{{/items}}{{#flag}}{{title}}{{/flag}}{{^missing}}x{{/missing}}"], view)
        #expect(problems == [])
    }

    @Test("the lookup tree Mustache renders gives the same answers as the view: a nil field is known, a misspelt one is not")
    func lookupTree() throws {
        let tree = try #require(TemplateSet.lookupTree(view))
        let valid = "{{title}}{{#items}}{{name}}{{#note}}{{.}}{{/note}}{{^note}}–{{/note}}{{title}}{{/items}}{{#flag}}{{title}}{{/flag}}{{^missing}}x{{/missing}}"
        #expect(check(["page": valid], tree) == [])
        #expect(check(["page": "{{#items}}{{nmae}}{{notes}}{{/items}}{{missin}}"], tree)
            == check(["page": "{{#items}}{{nmae}}{{notes}}{{/items}}{{missin}}"], view))
        #expect(check(["page": "{{missin}}"], tree).first?.hasSuffix("hint: did you mean 'missing'?") == true)
    }

    @Test("a misspelt name is an error at its line and column, with a suggestion")
    func misspelt() {
        let problems = check(["page": "<h1>{{title}}</h1>\n  <p>{{titel}}</p>"], view)
        #expect(problems == ["Templates/x.mustache:2:6: error: '{{titel}}' is not a value this page has\n  hint: did you mean 'title'?"])
    }

    @Test("a misspelt name inside a list section is found")
    func insideSection() {
        let problems = check(["page": "{{#items}}{{nmae}}{{/items}}"], view)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("Templates/x.mustache:1:11: error: '{{nmae}}'") == true)
    }

    @Test("names in partials and parent layouts are checked, and missing partials are reported")
    func partialsAndParents() {
        let templates = [
            "base": "<title>{{$t}}{{title}}{{/t}}</title>{{$main}}{{/main}}{{footr}}",
            "page": "{{<base}}{{$main}}{{>row}}{{>nothere}}{{/main}}{{/base}}",
            "row": "{{#items}}{{nam}}{{/items}}",
        ]
        let problems = check(templates, view)
        #expect(problems.count == 3)
        #expect(problems.contains { $0.contains("'{{footr}}'") })
        #expect(problems.contains { $0.contains("'{{nam}}'") })
        #expect(problems.contains { $0.contains("the partial 'nothere' does not exist") })
    }
}
