@testable import SiteGen

/// The templates (TemplateSet, TemplateCheck). `Templates/page.mustache` is 1 `{{<base}}`,
/// 2 `{{$main}}`, 3 `<h1>{{title}}</h1>`; the check runs while rendering.
extension DiagnosticCatalogue {
    static let pageTemplate = "Templates/page.mustache"

    static let templates: [DiagnosticCase] = [
        DiagnosticCase(name: "no templates", removing: ["Templates"], at: "Templates", message: "no templates found"),
        DiagnosticCase(name: "a template is missing", removing: [pageTemplate], render: true,
                       at: pageTemplate, message: "the template is missing"),
        .replacing("a closing tag with no section", in: pageTemplate, "<h1>{{title}}</h1>", "<h1>{{title}}{{/title}}</h1>",
                   at: "\(pageTemplate):3:14", message: "a closing tag here has no section to close"),
        .replacing("a tag not finished", in: pageTemplate, "<h1>{{title}}</h1>", "<h1>{{title</h1>",
                   at: "\(pageTemplate):3:5", message: "the tag that starts here is not finished"),
        .replacing("a delimiter tag not written right", in: pageTemplate, "<h1>{{title}}</h1>", "<h1>{{=x=}}</h1>",
                   at: "\(pageTemplate):3:5", message: "the tag that changes the delimiters is not written right"),
        .replacing("a section is not closed", in: pageTemplate, "<h1>{{title}}</h1>", "<h1>{{#title}}</h1>",
                   at: "\(pageTemplate):3:5", message: "the section '{{#title}}' that opens here is not closed"),
        .replacing("a misspelt name in a template", in: pageTemplate, "<h1>{{title}}</h1>", "<h1>{{titel}}</h1>",
                   at: "\(pageTemplate):3:5", message: "'{{titel}}' is not a value this page has", render: true),
        .replacing("a partial that does not exist", in: pageTemplate, "<h1>{{title}}</h1>", "<h1>{{title}}</h1>{{>partials/saknas}}",
                   at: "\(pageTemplate):3:19", message: "the partial 'partials/saknas' does not exist", render: true),
        .replacing("a layout that does not exist", in: pageTemplate, [("{{<base}}", "{{<basen}}"), ("{{/base}}", "{{/basen}}")],
                   at: "\(pageTemplate):1:1", message: "the layout 'basen' does not exist", render: true),
        .writing("a template that is not UTF-8", pageTemplate, bytes: Array("{{<base}}\n{{$main}}\n<h1>".utf8) + [0xE5] + Array("</h1>\n{{/main}}\n{{/base}}\n".utf8),
                 at: "\(pageTemplate):3:5", message: "the file is not UTF-8 text"),
    ]
}
