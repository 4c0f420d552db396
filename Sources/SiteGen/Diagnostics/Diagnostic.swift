/// One problem found in the site's sources, printed compiler-style so that editors and
/// editors' tools can jump to it:
///
///     Content/anordnare/x.md:7:3: error: unknown key 'sprak'
///       hint: did you mean 'språk'?
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public var hint: String?

    public init(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "\(location): error: \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }

    /// Sorted by place, then by message, so a run reports the same list in the same order.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.message) < (b.location, b.message)
    }
}

/// Every problem found by a build step; a build with any of them writes nothing.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public var description: String {
        let count = diagnostics.count
        let summary = count == 1 ? "1 error" : "\(count) errors"
        return (diagnostics.map(\.description) + [summary]).joined(separator: "\n")
    }
}
