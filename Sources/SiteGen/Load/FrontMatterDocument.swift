/// A Markdown file split into its YAML front matter and its body.
///
///     ---            ← line 1
///     namn: Exempel  ← the YAML starts at line 2; locations are counted in the real file
///     ---
///     Body text …    ← `bodyLine`
public struct FrontMatterDocument: Sendable {
    public var file: String
    public var frontMatter: YAMLNode?
    public var body: String
    public var bodyLine: Int

    public static func parse(_ source: SourceFile) throws(DiagnosticError) -> FrontMatterDocument {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard lines.first == "---" else {
            throw DiagnosticError([Diagnostic(SourceLocation(file: source.path, line: 1, column: 1),
                "the file must start with front matter: a line '---', the fields, and another '---'",
                hint: "see the example in docs/innehallsguide.md")])
        }
        guard let end = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else {
            throw DiagnosticError([Diagnostic(SourceLocation(file: source.path, line: 1, column: 1),
                "the front matter that starts here has no closing '---' line",
                hint: "add a line with only '---' after the last field")])
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let node = try YAMLReader.parse(yaml, file: source.path, firstLine: 2)
        let body = lines[(end + 1)...].joined(separator: "\n")
        return FrontMatterDocument(file: source.path, frontMatter: node, body: body, bodyLine: end + 2)
    }
}
