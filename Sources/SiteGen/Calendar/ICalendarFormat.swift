import Foundation

/// The value formats and line rules of RFC 5545 that the writer needs: dates, date-times,
/// TEXT escaping (§3.3.11) and line folding (§3.1).
public enum ICalendarFormat {
    /// `20260616`.
    public static func date(_ date: LocalDate) -> String {
        LocalDate.pad(date.year, 4) + LocalDate.pad(date.month, 2) + LocalDate.pad(date.day, 2)
    }

    /// `20260616T183000`, a wall-clock time (floating, or with a TZID parameter).
    public static func dateTime(_ time: LocalDateTime) -> String {
        date(time.date) + "T" + LocalDate.pad(time.hour, 2) + LocalDate.pad(time.minute, 2) + "00"
    }

    /// `20260616T163000Z`, to the second.
    public static func utc(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        return date(LocalDate(dayNumber: days)) + "T" + LocalDate.pad(rest / 3600, 2)
            + LocalDate.pad(rest / 60 % 60, 2) + LocalDate.pad(rest % 60, 2) + "Z"
    }

    /// TEXT escaping: backslash, semicolon and comma get a backslash; every line break
    /// (CRLF, LF or CR) becomes `\n`. Other control characters, which TEXT may not
    /// contain, are dropped; a tab stays.
    public static func escape(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result += "\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// One content line as bytes, folded so no physical line exceeds 75 octets (CRLF not
    /// counted), each ending in CRLF.
    ///
    /// A continuation line starts with one space, which counts toward its 75. A cut never
    /// falls inside a UTF-8 sequence: it moves back to the start of the character, so
    /// `å` (two octets) at the boundary goes whole onto the next line.
    public static func folded(_ line: String) -> [UInt8] {
        let bytes = Array(line.utf8)
        var output: [UInt8] = []
        var position = 0
        var limit = 75
        while true {
            var end = min(position + limit, bytes.count)
            while end < bytes.count && end > position && bytes[end] & 0b1100_0000 == 0b1000_0000 { end -= 1 }
            output += bytes[position..<end]
            output += [13, 10]
            position = end
            guard position < bytes.count else { return output }
            output.append(32)
            limit = 74
        }
    }
}
