import Foundation
import Mustache

/// The one place that knows swift-mustache: the site's templates, loaded from `Templates/`
/// and rendered with HTML escaping (`{{value}}` escapes; `{{{html}}}` is kept for HTML the
/// generator made itself, such as rendered Markdown).
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// The parsed form of each template, for ``TemplateCheck``.
    let syntax: [String: TemplateSyntax]

    /// Loads every `*.mustache` file under `Templates/`; a template's name is its path
    /// without the extension (`partials/facts`).
    public static func load(from root: URL) throws(DiagnosticError) -> TemplateSet {
        let folder = root.appending(path: "Templates")
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".mustache") }.sorted()
        if names.isEmpty {
            throw DiagnosticError([Diagnostic(SourceLocation(file: "Templates"), "no templates found",
                                              hint: "sitegen build runs in the folder that holds Content/ and Templates/, or give --source")])
        }
        var diagnostics = Diagnostics()
        var library = MustacheLibrary()
        var syntax: [String: TemplateSyntax] = [:]
        for name in names {
            let path = "Templates/\(name)"
            guard let source = diagnostics.collect({ () throws(DiagnosticError) in try SourceFile.read(path, in: root) }) else { continue }
            let templateName = String(name.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: source.text), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(contentsOf: [Self.diagnostic(for: error, in: source)])
                continue
            } catch {
                diagnostics.error(SourceLocation(file: path), "the template cannot be read: \(error)",
                                  hint: "save it as plain UTF-8 text, or restore it from the repository")
                continue
            }
            syntax[templateName] = TemplateSyntax.parse(source)
        }
        try diagnostics.check()
        return TemplateSet(library: library, syntax: syntax)
    }

    /// A parser error in words, at the tag to mend: for a section that is not closed, where
    /// it opens (the parser notices only at a later tag or the end of the file).
    private static func diagnostic(for error: MustacheTemplate.ParserError, in source: SourceFile) -> Diagnostic {
        let noticed = SourceLocation(file: source.path, line: error.context.lineNumber, column: error.context.columnNumber)
        switch error.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?, .expectedSectionEnd?:
            if let open = TemplateSyntax.unclosedSection(in: source) {
                return Diagnostic(open.location, "the template cannot be read: the section '{{#\(open.name)}}' that opens here is not closed",
                                  hint: "end it with '{{/\(open.name)}}' after what it shows")
            }
            return Diagnostic(TemplateSyntax.firstTag(in: source, where: .strayClose) ?? noticed,
                              "the template cannot be read: a closing tag here has no section to close",
                              hint: "check that every {{#name}} has a matching {{/name}}")
        case .unfinishedName?:
            return Diagnostic(TemplateSyntax.firstTag(in: source, where: .unfinished) ?? noticed,
                              "the template cannot be read: the tag that starts here is not finished",
                              hint: "end every tag with '}}', and write names with letters, digits, '-', '_' and '.'")
        case .invalidSetDelimiter?:
            return Diagnostic(TemplateSyntax.firstTag(in: source, where: .delimiters) ?? noticed,
                              "the template cannot be read: the tag that changes the delimiters is not written right",
                              hint: "write it as {{=<% %>=}}, or better, keep the {{ }} delimiters")
        default:
            return Diagnostic(noticed, "the template cannot be read: \(error.error)",
                              hint: "compare the tags here with the same template in the repository")
        }
    }

    /// Renders `view` with the template `name`, after checking that every name the
    /// template uses exists in the view (swift-mustache would print an empty string).
    public func render(_ view: Any, template name: String) throws(DiagnosticError) -> String {
        let tree = Self.lookupTree(view) ?? view
        let problems = TemplateCheck(templates: syntax).check(name, against: tree)
        if !problems.isEmpty { throw DiagnosticError(problems) }
        guard let html = library.render(tree, withTemplate: name) else {
            throw DiagnosticError([Diagnostic(SourceLocation(file: "Templates/\(name).mustache"), "the template is missing",
                                              hint: "restore Templates/\(name).mustache")])
        }
        return html
    }

    /// The key under which a dictionary of ``lookupTree(_:)`` lists its fields that are nil.
    /// No template name can contain its NUL, so Mustache never looks it up.
    static let nilFields = "\u{0}nil"

    /// The view as nested `[String: Any]` dictionaries and arrays, built with one `Mirror`
    /// per value. swift-mustache looks names up with a fresh `Mirror` every time, which made
    /// large compare pages slow; a dictionary lookup is the same answer, found at once. A nil
    /// optional is left out, which Mustache treats the same as a nil value: not found here.
    /// Its name is kept under ``nilFields``, so ``TemplateCheck`` walks the same tree and
    /// still tells a field that is nil from a name the view does not have.
    static func lookupTree(_ value: Any) -> Any? {
        switch value {
        case is String, is Bool, is Int, is Double: return value
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { lookupTree($0.value) }
        case .collection, .set:
            return mirror.children.compactMap { lookupTree($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            var nils: Set<String> = []
            for child in mirror.children {
                guard let label = child.label else { continue }
                if let field = lookupTree(child.value) { fields[label] = field } else { nils.insert(label) }
            }
            if !nils.isEmpty { fields[nilFields] = nils }
            return fields
        default:
            return value
        }
    }
}
