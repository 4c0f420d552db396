/// A wall-clock time an editor wrote that names no instant, or two.
public enum LocalTimeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// In the spring-forward gap (last Sunday of March, 02:00–02:59).
    case nonexistent(LocalDateTime)
    /// In the autumn-back overlap (last Sunday of October, 02:00–02:59).
    case ambiguous(LocalDateTime)

    public var message: String {
        switch self {
        case .nonexistent(let time):
            "\(time) does not exist in Europe/Stockholm: clocks jump from 02:00 to 03:00 that night"
        case .ambiguous(let time):
            "\(time) happens twice in Europe/Stockholm: clocks go back from 03:00 to 02:00 that night"
        }
    }

    public var hint: String {
        switch self {
        case .nonexistent: "choose a time before 02:00 or from 03:00"
        case .ambiguous: "choose a time before 02:00 or from 03:00, so the meeting has one start"
        }
    }

    public var description: String { message }
}
