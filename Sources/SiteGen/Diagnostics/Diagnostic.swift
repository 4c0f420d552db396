/// One problem found in the site's sources, printed compiler-style so that editors and
/// editors' tools can jump to it:
///
///     Content/anordnare/x.md:7:3: error: unknown key 'sprak'
///       hint: did you mean 'språk'?
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    /// What to do about it. Every diagnostic has one: an editor who is not a programmer
    /// must be able to act on the message alone.
    public var hint: String
    /// The line of sitegen's own code that made this diagnostic; not printed, and not part
    /// of equality. The diagnostic catalogue test uses it to prove that every place that
    /// can report a problem is reached by some input and reports a position and a hint.
    public var origin: DiagnosticOrigin

    public init(_ location: SourceLocation, _ message: String, hint: String,
                fileID: String = #fileID, line: Int = #line) {
        self.init(location, message, hint: hint, origin: DiagnosticOrigin(file: fileID, line: line))
    }

    /// For the types that carry a problem before its place is known (``EventProblem``,
    /// a rule's problem): they record their own origin and hand it on.
    public init(_ location: SourceLocation, _ message: String, hint: String, origin: DiagnosticOrigin) {
        self.location = location
        self.message = message
        self.hint = hint
        self.origin = origin
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.message, a.hint) == (b.location, b.message, b.hint)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(message)
        hasher.combine(hint)
    }

    public var description: String {
        "\(location): error: \(message)\n  hint: \(hint)"
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
