/// Reads free pages (`Content/sidor/*.md`) and the home page text (`Content/start.md`).
enum PageReader {
    static func page(_ document: FrontMatterDocument, slug: String) throws(DiagnosticError) -> Page {
        var fields = FieldReader(document.frontMatter, file: document.file)
        let title = fields.text("titel", required: true, maxLength: 120)
        let summary = fields.text("sammanfattning", maxLength: 300)
        let inMenu = fields.flag("meny")
        let order = fields.integer("ordning", in: 0...1000)
        fields.finish()
        try fields.diagnostics.check()
        guard let title else { throw DiagnosticError([]) }
        return Page(slug: slug, title: title.value, summary: summary?.value, inMenu: inMenu?.value ?? false,
                    menuOrder: order?.value ?? 1000,
                    body: MarkdownSource(text: document.body, file: document.file, firstLine: document.bodyLine))
    }

    static func home(_ document: FrontMatterDocument) throws(DiagnosticError) -> HomeText {
        var fields = FieldReader(document.frontMatter, file: document.file)
        let title = fields.text("titel", required: true, maxLength: 120)
        let lead = fields.text("ingress", required: true, maxLength: 400)
        fields.finish()
        try fields.diagnostics.check()
        guard let title, let lead else { throw DiagnosticError([]) }
        return HomeText(title: title.value, lead: lead.value,
                        body: MarkdownSource(text: document.body, file: document.file, firstLine: document.bodyLine))
    }
}
