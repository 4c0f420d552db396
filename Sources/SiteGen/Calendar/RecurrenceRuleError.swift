/// Everything wrong with one RRULE text, each problem with the column where its part
/// starts, so the loader can point at `file:line:column` of the part itself.
public struct RecurrenceRuleError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Problem: Sendable, Hashable {
        /// 1-based, counting Unicode scalars from the start of the rule text.
        public var column: Int
        public var message: String
        public var hint: String
        /// The line of sitegen's code that found the problem, handed on to its diagnostic.
        public var origin: DiagnosticOrigin

        public init(column: Int, message: String, hint: String, fileID: String = #fileID, line: Int = #line) {
            self.column = column
            self.message = message
            self.hint = hint
            self.origin = DiagnosticOrigin(file: fileID, line: line)
        }

        /// Equal when they say the same at the same column, wherever they were found.
        public static func == (a: Problem, b: Problem) -> Bool {
            (a.column, a.message, a.hint) == (b.column, b.message, b.hint)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(column)
            hasher.combine(message)
            hasher.combine(hint)
        }
    }

    public var problems: [Problem]

    /// One diagnostic per problem; `ruleStart` is where the rule text begins in the file
    /// (a single-line value, so columns add up).
    public func diagnostics(at ruleStart: SourceLocation) -> [Diagnostic] {
        problems.map { problem in
            var location = ruleStart
            location.column = ruleStart.column + problem.column - 1
            return Diagnostic(location, problem.message, hint: problem.hint, origin: problem.origin)
        }
    }

    public var description: String {
        problems.map { "column \($0.column): \($0.message)" }.joined(separator: "\n")
    }
}
