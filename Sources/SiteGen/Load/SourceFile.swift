import Foundation

/// A text file of the site's sources, read and checked to be UTF-8 text: no control
/// characters (``ControlCharacters``) but tab and line breaks.
///
/// `path` is relative to the source folder and is what diagnostics print.
public struct SourceFile: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads `relativePath` under `root`, stripping a UTF-8 byte order mark.
    ///
    /// A file that is not UTF-8 (typically an Excel export in Windows-1252) is an error
    /// at the first bad byte, with the fix, rather than a page of mojibake.
    /// A control character is an error at its place (the first few of a file).
    public static func read(_ relativePath: String, in root: URL) throws(DiagnosticError) -> SourceFile {
        let url = root.appending(path: relativePath)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DiagnosticError([Diagnostic(SourceLocation(file: relativePath), "cannot read the file",
                                              hint: "check that it exists and that you may read it")])
        }
        return try decode(data, path: relativePath)
    }

    static func decode(_ data: Data, path: String) throws(DiagnosticError) -> SourceFile {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            let controls = ControlCharacters.diagnostics(in: text, path: path)
            guard controls.isEmpty else { throw DiagnosticError(controls) }
            return SourceFile(path: path, text: text)
        }
        let location = firstInvalidByte(in: Array(bytes), path: path)
        throw DiagnosticError([Diagnostic(location, "the file is not UTF-8 text",
            hint: "save it as UTF-8: in Excel choose 'CSV UTF-8 (kommaavgränsad)'; in a text editor choose the encoding UTF-8")])
    }

    /// The line and column of the first byte that does not decode, counting columns in
    /// characters of the valid text before it.
    private static func firstInvalidByte(in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            if length == 0 {
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                return SourceLocation(file: path, line: line, column: prefix.unicodeScalars.count + 1)
            }
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            index += length
        }
        return SourceLocation(file: path, line: line, column: 1)
    }

    /// The length of a valid UTF-8 sequence at `index`, or 0 if it is not valid.
    private static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let sequence = bytes[index..<index + length]
        return String(validating: sequence, as: UTF8.self) == nil ? 0 : length
    }
}
