/// Figures from `site.yml` that an editor may write into the text of a page, so that
/// "Om siffrorna" always states the thresholds in force:
///
///     Om färre än {{minimumAnswers}} har svarat visar vi inte siffran.
///
/// Only the home page and the free pages are read this way. An unknown name is an error
/// at its place, never printed as it stands.
enum Placeholders {
    static func values(_ config: SiteConfig) -> [String: String] {
        ["minimumAnswers": String(config.suppression.minimumAnswers),
         "minimumEnded": String(config.suppression.minimumEnded)]
    }

    /// The body with every `{{name}}` replaced, and a diagnostic for each unknown name.
    static func expand(_ body: MarkdownSource, values: [String: String]) -> (MarkdownSource, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var lines: [String] = []
        for (offset, line) in body.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var output = ""
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                output += rest[..<open.lowerBound]
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let value = values[name] {
                    output += value
                } else {
                    // Columns count Unicode scalars, as everywhere in the diagnostics.
                    let column = line.unicodeScalars[line.startIndex..<open.lowerBound].count + 1
                    problems.append(Diagnostic(SourceLocation(file: body.file, line: body.firstLine + offset, column: column),
                                               "unknown figure '{{\(name)}}'",
                                               hint: "write one of: " + values.keys.sorted().map { "{{\($0)}}" }.joined(separator: ", ")))
                    output += rest[open.lowerBound..<close.upperBound]
                }
                rest = rest[close.upperBound...]
            }
            lines.append(output + rest)
        }
        var expanded = body
        expanded.text = lines.joined(separator: "\n")
        return (expanded, problems)
    }
}
