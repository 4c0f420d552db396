/// Finds the characters that are not text in a source file: C0 controls other than tab,
/// line feed and carriage return, DEL, the C1 controls and the noncharacters U+FFFE and
/// U+FFFF.
///
/// None of them shows in an editor or belongs in a web page, and each was published
/// wrong: cmark turns a NUL into U+FFFD, once inside an internal link that then pointed
/// nowhere. So ``SourceFile`` refuses them when a file is read, at their line and column,
/// before any reader (YAML, CSV, Markdown, Mustache) sees them.
enum ControlCharacters {
    /// How many are reported one by one; the last one says how many more the file has.
    static let reportedPerFile = 5

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// One diagnostic for each of the first few control characters in `text`.
    static func diagnostics(in text: String, path: String) -> [Diagnostic] {
        var found: [(scalar: Unicode.Scalar, location: SourceLocation)] = []
        var more = 0
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                if found.count < reportedPerFile {
                    found.append((scalar, SourceLocation(file: path, line: line, column: column)))
                } else {
                    more += 1
                }
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return found.enumerated().map { index, entry in
            let rest = index == found.count - 1 && more > 0 ? ", and \(more) more after it in this file" : ""
            return Diagnostic(entry.location, "the text contains the control character \(name(of: entry.scalar))\(rest)",
                              hint: "delete it: it is invisible in most editors (place the cursor just after it and press Backspace), and often comes along when text is copied from a PDF, Word or another program")
        }
    }

    /// `U+0000 (NUL)`: the code point, with the C0 and DEL abbreviations editors show.
    static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if scalar.value < 0x20 { return "\(code) (\(c0Names[Int(scalar.value)]))" }
        if scalar.value == 0x7F { return "\(code) (DEL)" }
        return code
    }

    private static let c0Names = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
                                  "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
                                  "ESC", "FS", "GS", "RS", "US"]
}
