import Foundation

/// The mark sitegen leaves in every folder it writes, `.sitegen-output`: the path and a
/// checksum of each file it wrote, one per line, sorted by path.
///
///     sitegen output 1
///     5d1d4a4c3f0b9e21 404.html
///     …
///
/// A later build replaces a folder only when this mark accounts for everything in it, so a
/// file an editor put there or changed, or a folder that merely has a copied mark, is never
/// deleted. It holds no date, so two builds of the same input stay byte-identical. The
/// checksum is FNV-1a (64 bits): it finds edits, it is not a defence against forgery.
struct OutputManifest: Sendable, Equatable {
    static let fileName = ".sitegen-output"
    private static let header = "sitegen output 1"

    /// Relative path → checksum of the file's bytes.
    var checksums: [String: UInt64]

    init(_ files: [OutputFile]) {
        checksums = Dictionary(files.map { ($0.path, Self.checksum($0.contents)) }, uniquingKeysWith: { _, last in last })
    }

    /// Reads the mark of `folder`; nil when there is none or it is not one.
    init?(in folder: URL) {
        guard let data = try? Data(contentsOf: folder.appending(path: Self.fileName)) else { return nil }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Self.header[...], lines.last == "" else { return nil }
        lines = Array(lines.dropFirst().dropLast())
        var checksums: [String: UInt64] = [:]
        for line in lines {
            guard let space = line.firstIndex(of: " "), let sum = UInt64(line[..<space], radix: 16) else { return nil }
            checksums[String(line[line.index(after: space)...])] = sum
        }
        self.checksums = checksums
    }

    var data: Data {
        let lines = checksums.keys.sorted().map { path in
            let hex = String(checksums[path]!, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex + " " + path
        }
        return Data(([Self.header] + lines).map { $0 + "\n" }.joined().utf8)
    }

    /// What in `folder` this mark does not account for, sorted: a file it does not list
    /// (or, with `comparingContents`, whose bytes changed), a link, or a folder holding
    /// no listed file. Empty when sitegen wrote everything there.
    ///
    /// A half-written staging folder is checked without contents: a killed build may
    /// have left its last file short.
    func strangers(in folder: URL, comparingContents: Bool) -> [String] {
        let folders = Set(checksums.keys.flatMap { path in
            let parts = path.split(separator: "/").dropLast()
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        })
        var strangers: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let url = relative.isEmpty ? folder : folder.appending(path: relative)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                let path = relative.isEmpty ? name : relative + "/" + name
                if relative.isEmpty && name == Self.fileName || Self.isSystemClutter(name) { continue }
                switch FileKind(url.appending(path: name)) {
                case .folder where folders.contains(path): pending.append(path)
                case .file where checksums[path] != nil:
                    if comparingContents, let sum = checksums[path],
                       (try? Data(contentsOf: url.appending(path: name))).map(Self.checksum) != sum {
                        strangers.append(path)
                    }
                default: strangers.append(path)
                }
            }
        }
        return strangers.sorted()
    }

    /// Files a desktop leaves in any folder it shows (Finder's `.DS_Store` and `._` files,
    /// Windows Explorer's `Thumbs.db` and `desktop.ini`): not anyone's work, so an editor who
    /// only looked at `Site/` is not refused, and they go with the old site.
    static func isSystemClutter(_ name: String) -> Bool {
        name == ".DS_Store" || name.hasPrefix("._") || name.lowercased() == "thumbs.db" || name.lowercased() == "desktop.ini"
    }

    static func checksum(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
    }
}
