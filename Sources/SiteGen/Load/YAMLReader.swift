import Yams

/// The one place that knows Yams: parses YAML text into ``YAMLNode``s with locations.
enum YAMLReader {
    /// Parses `text`, which starts at `firstLine` of `file` (front matter starts at line 2),
    /// so that every location points into the real file.
    static func parse(_ text: String, file: String, firstLine: Int = 1) throws(DiagnosticError) -> YAMLNode? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DiagnosticError([diagnostic(for: error, file: file, firstLine: firstLine)])
        } catch {
            throw DiagnosticError([Diagnostic(SourceLocation(file: file, line: firstLine), "malformed YAML: \(error)")])
        }
        guard let node else { return nil }
        return try convert(node, file: file, firstLine: firstLine)
    }

    private static func convert(_ node: Node, file: String, firstLine: Int) throws(DiagnosticError) -> YAMLNode {
        let location = place(node.mark, file: file, firstLine: firstLine)
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                || scalar.style == .literal || scalar.style == .folded
            return .scalar(scalar.string, quoted: quoted, location)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence { items.append(try convert(item, file: file, firstLine: firstLine)) }
            return .sequence(items, location)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                let keyLocation = place(key.mark, file: file, firstLine: firstLine)
                guard case .scalar(let keyScalar) = key else {
                    throw DiagnosticError([Diagnostic(keyLocation, "a key must be a plain word")])
                }
                entries.append(YAMLEntry(key: keyScalar.string, keyLocation: keyLocation,
                                         value: try convert(value, file: file, firstLine: firstLine)))
            }
            return .mapping(entries, location)
        case .alias:
            throw DiagnosticError([Diagnostic(location, "YAML aliases (*name) are not supported",
                                              hint: "write the value out in full")])
        }
    }

    private static func place(_ mark: Mark?, file: String, firstLine: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: firstLine) }
        return SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        let hint = "check the indentation and that text containing ': ' or starting with a special character is in quotes"
        switch error {
        case .scanner(let context?, _, _, _) where context.text == "while scanning a quoted scalar":
            // libyaml only notices at the end of the front matter; the mistake is the opening quote.
            return Diagnostic(place(context.mark, file: file, firstLine: firstLine),
                              "malformed YAML: the quoted text that starts here has no closing quote",
                              hint: "end the text with the same kind of quote it starts with (\" or ')")
        case .scanner(let context, let problem, let mark, _):
            // A scanner error is about one token (a key, a quoted text); its context is where it starts.
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return Diagnostic(place(context?.mark ?? mark, file: file, firstLine: firstLine), "malformed YAML: \(what)", hint: hint)
        case .parser(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            let location = place(mark, file: file, firstLine: firstLine)
            return Diagnostic(location, "malformed YAML: \(what)", hint: hint)
        case .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return Diagnostic(place(mark, file: file, firstLine: firstLine), "malformed YAML: \(what)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(place(context.mark, file: file, firstLine: firstLine),
                              "the key \(keys) is written more than once", hint: "keep one of them")
        default:
            return Diagnostic(SourceLocation(file: file, line: firstLine), "malformed YAML: \(error)", hint: hint)
        }
    }
}
