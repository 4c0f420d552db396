/// A YAML value as written, with the place of every node in the real file.
///
/// Scalars keep their source text: whether `no`, `1.10` or `12:30` is a boolean, a
/// number or text is decided by the field that reads it, not by YAML 1.1's guesses.
public indirect enum YAMLNode: Sendable {
    case scalar(String, quoted: Bool, SourceLocation)
    case sequence([YAMLNode], SourceLocation)
    case mapping([YAMLEntry], SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .scalar(_, _, let location), .sequence(_, let location), .mapping(_, let location):
            return location
        }
    }

    /// True for an empty plain scalar or `~`/`null`, which YAML means as "no value".
    var isNull: Bool {
        if case .scalar(let text, false, _) = self { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// What the node is, for "expected a list, found …" messages.
    var kindDescription: String {
        switch self {
        case .scalar(let text, _, _): return "'\(text)'"
        case .sequence: return "a list"
        case .mapping: return "a group of keys"
        }
    }
}

/// One `key: value` pair of a YAML mapping.
public struct YAMLEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLNode
}
