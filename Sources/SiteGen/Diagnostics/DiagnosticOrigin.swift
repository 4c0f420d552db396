/// Where in sitegen's source a diagnostic was made: `SiteGen/Load/CSVReader.swift` and a line.
///
/// Call sites pass nothing; the default arguments of ``Diagnostic/init(_:_:hint:origin:)``
/// and of the helpers that make diagnostics record the caller's place, the way
/// `#fileID` and `#line` work for `precondition`.
public struct DiagnosticOrigin: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }

    public static func < (a: DiagnosticOrigin, b: DiagnosticOrigin) -> Bool {
        (a.file, a.line) < (b.file, b.line)
    }
}
