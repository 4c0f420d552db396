/// Builds ``YAMLNode``s from libyaml's events, refusing what sitegen does not read, and
/// collecting every such problem rather than stopping at the first.
///
/// It keeps its own stack of open lists and groups, so deep nesting cannot overflow the
/// call stack, and it stops at ``YAMLReader/maximumDepth`` levels.
struct YAMLTreeBuilder {
    private(set) var root: YAMLNode?
    private(set) var diagnostics: [Diagnostic] = []
    /// False once the first document is complete or reading cannot sensibly go on.
    private(set) var wantsMore = true

    private let place: YAMLPlace
    private var open: [Collection] = []
    private var documents = 0

    init(place: YAMLPlace) {
        self.place = place
    }

    mutating func take(_ event: YAMLEventStream.Event) {
        switch event {
        case .documentStart(let mark):
            documents += 1
            if documents > 1 {
                refuse(place.location(mark), "a second YAML document starts here; only one belongs in the file",
                       hint: "remove this '---' line, or what follows it")
                wantsMore = false
            }
        case .documentEnd:
            break
        case .streamEnd:
            wantsMore = false
        case .scalar(let text, let quoted, let properties):
            let location = check(properties)
            if let invisible = text.unicodeScalars.first(where: Self.isHidden) {
                refuse(location, "the text contains the invisible character \(YAMLReader.codePoint(invisible))",
                       hint: "remove it; in double quotes a backslash starts an escape (\"C:\\Program\" hides U+2029): write \\\\ for a backslash, or use single quotes")
            }
            attach(.node(.scalar(text, quoted: quoted, location)))
        case .alias(let name, let mark):
            refuse(place.location(mark), "the YAML alias '*\(name)' is not supported",
                   hint: "write the value out in full; text that starts with '*' must be in quotes, e.g. \"*\(name)\"")
            attach(.refused)
        case .sequenceStart(let properties):
            begin(.sequence([], check(properties)))
        case .mappingStart(let properties):
            begin(.mapping(Mapping(location: check(properties))))
        case .sequenceEnd, .mappingEnd:
            finish()
        }
    }

    // MARK: - Lists and groups

    /// An open list or group, as far as it is read.
    private enum Collection {
        case sequence([YAMLNode], SourceLocation)
        case mapping(Mapping)
    }

    /// An open group: its entries so far, the key waiting for its value, and where each
    /// key was first written.
    private struct Mapping {
        var location: SourceLocation
        var entries: [YAMLEntry] = []
        var pendingKey: Piece?
        var firstPlace: [String: SourceLocation] = [:]
        /// Each key written again, at the place it is written again.
        var repeated: [(key: String, location: SourceLocation)] = []
    }

    /// A finished node, or the stand-in for one that was refused (an alias).
    private enum Piece {
        case node(YAMLNode)
        case refused
    }

    private mutating func begin(_ collection: Collection) {
        guard open.count < YAMLReader.maximumDepth else {
            let location = switch collection {
            case .sequence(_, let location): location
            case .mapping(let mapping): mapping.location
            }
            diagnostics.append(YAMLReader.tooDeep(location))
            wantsMore = false
            return
        }
        open.append(collection)
    }

    private mutating func finish() {
        guard let collection = open.popLast() else { return }
        switch collection {
        case .sequence(let items, let location):
            attach(.node(.sequence(items, location)))
        case .mapping(let mapping):
            for (key, location) in mapping.repeated {
                let first = mapping.firstPlace[key].map { " (first at line \($0.line))" } ?? ""
                refuse(location, "the key '\(key)' is written more than once\(first)",
                       hint: "keep one of them")
            }
            attach(.node(.mapping(mapping.entries, mapping.location)))
        }
    }

    /// Puts a finished piece where it belongs: the root, a list item, a key or a value.
    private mutating func attach(_ piece: Piece) {
        guard let top = open.popLast() else {
            if case .node(let node) = piece { root = node }
            return
        }
        switch top {
        case .sequence(var items, let location):
            if case .node(let node) = piece { items.append(node) }
            open.append(.sequence(items, location))
        case .mapping(var mapping):
            if let key = mapping.pendingKey {
                mapping.pendingKey = nil
                if case .node(.scalar(let word, _, let keyLocation)) = key, case .node(let value) = piece {
                    mapping.entries.append(YAMLEntry(key: word, keyLocation: keyLocation, value: value))
                }
            } else {
                mapping.pendingKey = piece
                if case .node(let node) = piece { note(key: node, in: &mapping) }
            }
            open.append(.mapping(mapping))
        }
    }

    private mutating func note(key node: YAMLNode, in mapping: inout Mapping) {
        guard case .scalar(let word, _, let location) = node else {
            refuse(node.location, "a key must be a plain word, found \(node.kindDescription)",
                   hint: "write each key as a word followed by ':', like 'namn: …'; a line starting with '? ' or a key in brackets is not a word")
            return
        }
        if mapping.firstPlace[word] == nil {
            mapping.firstPlace[word] = location
        } else if !mapping.repeated.contains(where: { $0.key == word }) {
            mapping.repeated.append((word, location))
        }
    }

    // MARK: - Refusals

    /// The node's location, after refusing an anchor or tag written before it.
    private mutating func check(_ properties: YAMLEventStream.Properties) -> SourceLocation {
        let location = place.location(properties.mark)
        if let anchor = properties.anchor {
            refuse(location, "the YAML anchor '&\(anchor)' is not supported",
                   hint: "remove it and write each value out in full; text that starts with '&' must be in quotes")
        }
        if let tag = properties.tag {
            refuse(location, "the YAML tag '\(Self.written(tag: tag))' is not supported",
                   hint: "remove it; text that starts with '!' must be in quotes")
        }
        return location
    }

    private mutating func refuse(_ location: SourceLocation, _ message: String, hint: String) {
        diagnostics.append(Diagnostic(location, message, hint: hint))
    }

    /// A tag as an editor would write it: libyaml reports `!!str` as `tag:yaml.org,2002:str`.
    private static func written(tag: String) -> String {
        let core = "tag:yaml.org,2002:"
        if tag.hasPrefix(core) { return "!!" + tag.dropFirst(core.count) }
        return tag.hasPrefix("!") ? tag : "!<\(tag)>"
    }

    /// A control character other than tab and line feed, or a line or paragraph separator.
    /// The reader refuses control characters written directly, so these come from a
    /// double-quoted escape such as `\0`, `\x07` or `\P` (as in a Windows path "C:\Program").
    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control: scalar != "\t" && scalar != "\n"
        case .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
