/// libyaml's own errors as diagnostics: at the character they are about, in the real file,
/// with a hint an editor can act on.
extension YAMLEventStream.Failure {
    private static let quotesHint =
        "check the indentation and that text containing ': ' or starting with a special character is in quotes"

    func diagnostic(in text: String, at place: YAMLPlace) -> Diagnostic {
        switch kind {
        case .reader:
            return readerDiagnostic(in: text, at: place)
        case .memory:
            return Diagnostic(SourceLocation(file: place.file, line: place.firstLine, column: 1),
                              "the YAML that starts here could not be read: out of memory",
                              hint: "shorten the YAML, or build on a machine with more free memory")
        case .scanner where context == "while scanning a quoted scalar":
            // libyaml only notices at the end of the text; the mistake is the opening quote.
            return Diagnostic(place.location(contextMark),
                              "malformed YAML: the quoted text that starts here has no closing quote",
                              hint: "end the text with the same kind of quote it starts with (\" or ')")
        case .scanner:
            let character = text.unicodeScalars.dropFirst(problemMark.index).first
            return Diagnostic(place.location(scannerMark), "malformed YAML: \(what)", hint: scannerHint(at: character))
        case .parser where problem.hasPrefix("Maximum nesting level reached"):
            // libyaml's own limit (1000) is met first when brackets run on along one line.
            return YAMLReader.tooDeep(place.location(problemMark))
        case .parser where context == "while parsing a flow sequence" || context == "while parsing a flow mapping":
            // libyaml notices where the list should have ended; the editor must find where it opened.
            let (opening, closing) = context == "while parsing a flow sequence" ? ("[", "]") : ("{", "}")
            return Diagnostic(place.location(contextMark),
                              "malformed YAML: the '\(opening)' that opens here is not closed where it should be",
                              hint: "end the list with '\(closing)' on the same line, with ', ' between the items; text with ',' or ':' in it goes in quotes")
        case .parser:
            return Diagnostic(place.location(problemMark), "malformed YAML: \(what)", hint: Self.quotesHint)
        }
    }

    /// libyaml's context ("while scanning …") and problem, as it words them.
    private var what: String {
        [context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A problem that names a character ("found a tab …", a bad escape) is at that character;
    /// one that names something missing ("could not find expected ':'") is about the token
    /// that starts at the context mark.
    private var scannerMark: YAMLEventStream.Mark {
        context == nil || problem.hasPrefix("found") || context == "while parsing a quoted scalar" ? problemMark : contextMark
    }

    /// `character` is the one where libyaml stopped.
    private func scannerHint(at character: Unicode.Scalar?) -> String {
        if problem.contains("tab character") || (problem.contains("cannot start any token") && character == "\t") {
            return "indent with spaces: YAML does not allow tabs in indentation"
        }
        if problem.contains("cannot start any token"), let character, character == "@" || character == "`" {
            return "text that starts with '\(character)' must be in quotes, e.g. \"\(character)fyrbaken\""
        }
        switch context {
        case "while scanning an anchor", "while scanning an alias":
            return "text that starts with '*' or '&' must be in quotes, e.g. \"* 5 personer\""
        case "while scanning a tag", "while parsing a tag":
            return "text that starts with '!' must be in quotes, e.g. \"!viktigt\""
        case "while parsing a quoted scalar":
            return "in double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes"
        default:
            return Self.quotesHint
        }
    }

    private func readerDiagnostic(in text: String, at place: YAMLPlace) -> Diagnostic {
        let location = place.location(ofByte: offset, in: text)
        guard problem == "control characters are not allowed", let scalar = Unicode.Scalar(UInt32(clamping: max(0, value))) else {
            return Diagnostic(location, "malformed YAML: \(problem)", hint: "save the file as UTF-8 text")
        }
        return Diagnostic(location, "malformed YAML: the invisible control character \(YAMLReader.codePoint(scalar)) is not allowed",
                          hint: "delete it; it often comes along when text is copied from another program")
    }
}
