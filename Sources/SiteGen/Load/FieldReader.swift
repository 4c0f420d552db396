import Foundation

/// Reads typed fields out of a YAML mapping, reporting every problem with its place.
///
/// Each accessor remembers the key it was asked for; ``finish()`` then reports every key
/// in the file that nobody asked for, with "did you mean" — so a misspelt optional field
/// is an error instead of silently missing from the page.
///
/// Values are read from their source text: `no` is the text "no" in a text field and an
/// error in a true/false field, `1.10` stays "1.10", `12:30` stays "12:30".
public struct FieldReader {
    private let entries: [YAMLEntry]
    private let location: SourceLocation
    private var asked: [String] = []
    public private(set) var diagnostics = Diagnostics()

    /// A reader over `node`, which must be a mapping; `nil` (an empty front matter) reads as
    /// a mapping with no keys, so that each missing required field is reported by name.
    public init(_ node: YAMLNode?, file: String) {
        switch node {
        case .mapping(let entries, let location)?:
            self.entries = entries
            self.location = location
        case let node?:
            self.entries = []
            self.location = node.location
            diagnostics.error(node.location, "expected fields written as 'key: value', found \(node.kindDescription)",
                              hint: "write one field a line, like 'namn: Fyrbåken Kompetens', between the two '---' lines")
        case nil:
            self.entries = []
            self.location = SourceLocation(file: file, line: 1, column: 1)
        }
    }

    private mutating func node(_ key: String, required: Bool) -> YAMLNode? {
        asked.append(key)
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else {
            if required {
                diagnostics.error(location, "the required field '\(key)' is missing",
                                  hint: "add a line '\(key): …'")
            }
            return nil
        }
        return entry.value
    }

    /// A text field. Multi-line text may use YAML's `|` or `>` blocks.
    public mutating func text(_ key: String, required: Bool = false, maxLength: Int? = nil) -> Located<String>? {
        guard let node = node(key, required: required) else { return nil }
        guard case .scalar(let raw, _, let at) = node else {
            diagnostics.error(node.location, "'\(key)' must be text, found \(node.kindDescription)",
                              hint: "write the text after '\(key): ', in quotes if it starts with [ or {")
            return nil
        }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let maxLength, text.count > maxLength {
            diagnostics.error(at, "'\(key)' is \(text.count) characters long; at most \(maxLength) fit",
                              hint: "shorten it; the longer description belongs in the text below the front matter")
        }
        return Located(text, at: at)
    }

    /// A one-line text whose location is its first character, after an opening quote, so
    /// that a column counted inside the value (an RRULE part) adds up to the file's column.
    public mutating func inlineText(_ key: String) -> Located<String>? {
        guard let node = node(key, required: false) else { return nil }
        guard case .scalar(let raw, let quoted, var at) = node, !raw.contains("\n") else {
            diagnostics.error(node.location, "'\(key)' must be text on one line, found \(node.kindDescription)",
                              hint: "write it on the same line as '\(key): ', in quotes if it starts with [ or {")
            return nil
        }
        if quoted { at.column += 1 }
        return Located(raw, at: at)
    }

    /// A list of short texts, written `[a, b]` or as lines starting with `- `.
    public mutating func texts(_ key: String, required: Bool = false) -> [Located<String>]? {
        guard let node = node(key, required: required) else { return nil }
        guard case .sequence(let items, _) = node else {
            diagnostics.error(node.location, "'\(key)' must be a list, found \(node.kindDescription)",
                              hint: "write it as [första, andra] or as lines starting with '- '")
            return nil
        }
        var values: [Located<String>] = []
        for item in items {
            guard case .scalar(let raw, _, let at) = item, !item.isNull else {
                diagnostics.error(item.location, "each item of '\(key)' must be a short text, found \(item.kindDescription)",
                                  hint: "write the items as [första, andra], with no brackets inside")
                continue
            }
            values.append(Located(raw.trimmingCharacters(in: .whitespaces), at: at))
        }
        if required && values.isEmpty {
            diagnostics.error(node.location, "'\(key)' must list at least one item",
                              hint: "write the items as [första, andra], or remove the field if it may be left out")
        }
        return values
    }

    /// A whole number within `range`.
    public mutating func integer(_ key: String, required: Bool = false, in range: ClosedRange<Int>) -> Located<Int>? {
        guard let node = node(key, required: required) else { return nil }
        guard case .scalar(let raw, _, let at) = node, let value = Int(raw.trimmingCharacters(in: .whitespaces)) else {
            diagnostics.error(node.location, "'\(key)' must be a whole number, found \(node.kindDescription)",
                              hint: "write digits only, between \(range.lowerBound) and \(range.upperBound)")
            return nil
        }
        guard range.contains(value) else {
            diagnostics.error(at, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(value)",
                              hint: "write a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return Located(value, at: at)
    }

    /// `true` or `false`, nothing else: YAML 1.1's `yes`, `no`, `on` and `off` are refused
    /// because they are easy to write by accident.
    public mutating func flag(_ key: String) -> Located<Bool>? {
        guard let node = node(key, required: false) else { return nil }
        switch node {
        case .scalar("true", false, let at): return Located(true, at: at)
        case .scalar("false", false, let at): return Located(false, at: at)
        default:
            diagnostics.error(node.location, "'\(key)' must be true or false, found \(node.kindDescription)",
                              hint: "write true or false")
            return nil
        }
    }

    /// A list of groups of fields (such as the programmes in `site.yml`), each read by `read`.
    public mutating func groups<T>(_ key: String, required: Bool = false,
                                   _ read: (inout FieldReader) -> T?) -> [T]? {
        guard let node = node(key, required: required) else { return nil }
        guard case .sequence(let items, _) = node else {
            diagnostics.error(node.location, "'\(key)' must be a list, found \(node.kindDescription)",
                              hint: "start each item on its own line with '- '")
            return nil
        }
        var values: [T] = []
        for item in items {
            var reader = FieldReader(item, file: item.location.file)
            let value = read(&reader)
            reader.finish()
            diagnostics.append(contentsOf: reader.diagnostics.all)
            if let value { values.append(value) }
        }
        return values
    }

    /// One group of fields (such as `suppression:` in `site.yml`), read by `read`.
    public mutating func group<T>(_ key: String, _ read: (inout FieldReader) -> T?) -> T? {
        guard let node = node(key, required: false) else { return nil }
        var reader = FieldReader(node, file: node.location.file)
        let value = read(&reader)
        reader.finish()
        diagnostics.append(contentsOf: reader.diagnostics.all)
        return value
    }

    /// Reports every key that no accessor asked for.
    public mutating func finish() {
        for entry in entries where !asked.contains(entry.key) {
            diagnostics.error(entry.keyLocation, "unknown field '\(entry.key)'",
                              hint: Suggestion.hint(for: entry.key, among: asked)
                                  ?? "the fields here are: \(asked.joined(separator: ", "))")
        }
    }
}
