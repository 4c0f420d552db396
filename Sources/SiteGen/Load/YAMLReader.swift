/// The one place that reads YAML: turns text into ``YAMLNode``s with locations, or into
/// located diagnostics.
///
/// YAML is read as libyaml's events (``YAMLEventStream``), never through Yams' `compose`,
/// so nothing an editor writes can make it hang or mean more than it shows:
/// - anchors (`&name`), aliases (`*name`) and tags (`!name`) are refused where they are
///   written, before anything could be expanded;
/// - the text is at most ``maximumBytes`` long and nests at most ``maximumDepth`` lists and
///   groups, so reading takes time in proportion to the text (the number of nodes needs no
///   limit of its own: without aliases it grows only in proportion to the text);
/// - every problem, libyaml's own included, carries its place in the real file.
enum YAMLReader {
    /// 256 KiB: site.yml and a front matter hold a few kilobytes at most.
    static let maximumBytes = 256 * 1024
    /// 32 levels of lists and groups: sitegen's files use at most four.
    static let maximumDepth = 32

    /// Parses `text`, which starts at `firstLine` of `file` (front matter starts at line 2),
    /// so that every location points into the real file.
    static func parse(_ text: String, file: String, firstLine: Int = 1) throws(DiagnosticError) -> YAMLNode? {
        let place = YAMLPlace(file: file, firstLine: firstLine)
        let size = text.utf8.count
        guard size <= maximumBytes else {
            throw DiagnosticError([Diagnostic(SourceLocation(file: file, line: firstLine, column: 1),
                "the YAML that starts here is \((size + 1023) / 1024) KiB long; sitegen reads at most \(maximumBytes / 1024) KiB",
                hint: "keep the fields short: long text belongs in the Markdown text of a page, not in YAML")])
        }
        // libyaml counts these as line breaks, an editor does not: every later place would be off.
        let separators = place.places(in: text, of: ["\u{85}", "\u{2028}", "\u{2029}"])
        guard separators.isEmpty else {
            throw DiagnosticError(separators.map { scalar, location in
                Diagnostic(location, "the invisible line separator \(codePoint(scalar)) is not allowed",
                           hint: "delete it, or put an ordinary line break in its place; it often comes along when text is copied from another program")
            })
        }
        let stream = YAMLEventStream(text)
        var builder = YAMLTreeBuilder(place: place)
        while builder.wantsMore {
            switch stream.next() {
            case .success(let event):
                builder.take(event)
            case .failure(let failure):
                throw DiagnosticError(builder.diagnostics + [failure.diagnostic(in: text, at: place)])
            }
        }
        guard builder.diagnostics.isEmpty else { throw DiagnosticError(builder.diagnostics) }
        return builder.root
    }

    /// `U+0007`: how messages name a character that cannot be shown.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Lists and groups nest deeper than ``maximumDepth`` at `location`.
    static func tooDeep(_ location: SourceLocation) -> Diagnostic {
        Diagnostic(location, "lists and groups are nested more than \(maximumDepth) levels deep here",
                   hint: "check the indentation and the brackets; sitegen's files nest only a few levels")
    }
}
