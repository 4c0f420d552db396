internal import CYaml

/// libyaml's parser, one event at a time: the only code that touches libyaml (vendored by
/// Yams as its `CYaml` module).
///
/// Events are read before anything is built, so an anchor, alias or tag is seen where it is
/// written and never expanded: Yams' `compose` resolves aliases first, and a dozen lines of
/// nested aliases (a "billion laughs") would hang the build.
final class YAMLEventStream {
    /// A place in the YAML text, counted from 0 as libyaml does; `index` counts Unicode
    /// scalars from the start of the text.
    struct Mark {
        var line: Int
        var column: Int
        var index = 0
    }

    /// One parsing event, with what sitegen needs of it.
    enum Event {
        case documentStart(Mark)
        case documentEnd
        case scalar(String, quoted: Bool, Properties)
        case alias(String, Mark)
        case sequenceStart(Properties)
        case sequenceEnd
        case mappingStart(Properties)
        case mappingEnd
        case streamEnd
    }

    /// A node's start and the anchor (`&name`) and tag (`!name`) written before it, if any.
    struct Properties {
        var mark: Mark
        var anchor: String?
        var tag: String?
    }

    /// What libyaml reports when it cannot read on, in its own words.
    struct Failure: Error {
        enum Kind { case reader, scanner, parser, memory }
        var kind: Kind
        var problem: String
        var problemMark: Mark
        var context: String?
        var contextMark: Mark
        /// For a reader error: the byte offset of the character in the UTF-8 text.
        var offset: Int
        /// For a reader error: the character, or -1.
        var value: Int
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>

    init(_ text: String) {
        input = UnsafeMutableBufferPointer.allocate(capacity: text.utf8.count)
        _ = input.initialize(from: text.utf8)
        // libyaml keeps a pointer to the parser itself, so it lives at one address.
        parser = UnsafeMutablePointer.allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event that is part of the content (stream start is skipped), or why there is none.
    func next() -> Result<Event, Failure> {
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { return .failure(failure()) }
            defer { yaml_event_delete(&event) }
            if let converted = Self.convert(event) { return .success(converted) }
        }
    }

    private static func convert(_ event: yaml_event_t) -> Event? {
        let mark = Mark(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(mark)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE
            return .scalar(value, quoted: quoted, Properties(mark: mark, anchor: text(scalar.anchor), tag: text(scalar.tag)))
        case YAML_ALIAS_EVENT:
            return .alias(text(event.data.alias.anchor) ?? "", mark)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return .sequenceStart(Properties(mark: mark, anchor: text(start.anchor), tag: text(start.tag)))
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return .mappingStart(Properties(mark: mark, anchor: text(start.anchor), tag: text(start.tag)))
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        case YAML_STREAM_END_EVENT:
            return .streamEnd
        default:
            return nil
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func failure() -> Failure {
        let state = parser.pointee
        let kind: Failure.Kind
        switch state.error {
        case YAML_READER_ERROR: kind = .reader
        case YAML_SCANNER_ERROR: kind = .scanner
        case YAML_MEMORY_ERROR: kind = .memory
        default: kind = .parser
        }
        return Failure(kind: kind,
                       problem: state.problem.map { String(cString: $0) } ?? "",
                       problemMark: Mark(state.problem_mark),
                       context: state.context.map { String(cString: $0) },
                       contextMark: Mark(state.context_mark),
                       offset: Int(state.problem_offset),
                       value: Int(state.problem_value))
    }
}

private extension YAMLEventStream.Mark {
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line), column: Int(mark.column), index: Int(mark.index))
    }
}
