/// A mistake in one calendar event, tied to the field it is in so the loader, which knows
/// where each field was written, can report `file:line:column`.
public struct EventProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Field: Sendable, Hashable {
        case start
        case end
        case recurrence
        /// One part of the rule, by its name (`UNTIL`), so the problem points at that part.
        case recurrencePart(String)
        /// The nth (from 0) cancelled occurrence, in the order given.
        case cancelledOccurrence(Int)
        /// The nth (from 0) override, in the order given.
        case override(Int)
    }

    public var field: Field
    public var message: String
    public var hint: String
    /// The line of sitegen's code that found the problem, handed on to its diagnostic.
    public var origin: DiagnosticOrigin

    public init(_ field: Field, _ message: String, hint: String, fileID: String = #fileID, line: Int = #line) {
        self.field = field
        self.message = message
        self.hint = hint
        self.origin = DiagnosticOrigin(file: fileID, line: line)
    }

    /// Equal when they say the same about the same field, wherever they were found.
    public static func == (a: EventProblem, b: EventProblem) -> Bool {
        (a.field, a.message, a.hint) == (b.field, b.message, b.hint)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(field)
        hasher.combine(message)
        hasher.combine(hint)
    }

    /// The same problem said about another field, with `prefix` before its message; it keeps
    /// the origin of the check that found it.
    func restated(on field: Field, _ prefix: String) -> EventProblem {
        var problem = self
        problem.field = field
        problem.message = prefix + message
        return problem
    }

    public func diagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(location, message, hint: hint, origin: origin)
    }

    public var description: String { message }
}
