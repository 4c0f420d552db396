/// A collector that lets a step report every problem it finds instead of stopping at
/// the first; the step then calls ``check()`` to turn what it found into one error.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public var isEmpty: Bool { all.isEmpty }

    public mutating func error(_ location: SourceLocation, _ message: String, hint: String,
                               fileID: String = #fileID, line: Int = #line) {
        all.append(Diagnostic(location, message, hint: hint, fileID: fileID, line: line))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        all.append(contentsOf: other)
    }

    /// Runs `body`, collecting a thrown ``DiagnosticError`` and returning nil for it.
    public mutating func collect<T>(_ body: () throws(DiagnosticError) -> T) -> T? {
        do { return try body() } catch { all.append(contentsOf: error.diagnostics); return nil }
    }

    /// Throws every collected problem at once, or returns when there are none.
    public func check() throws(DiagnosticError) {
        if !all.isEmpty { throw DiagnosticError(all) }
    }
}
