import Foundation

/// A path with every link, `.` and `..` followed as the kernel follows them (like
/// `realpath`), but also for a path that does not exist yet: its missing part is kept as
/// written. `Site/../Content` and a link to `Content/` both resolve to `Content/`.
struct ResolvedPath: Sendable, Hashable {
    /// The names from the root down; empty for `/`.
    let components: [String]

    init(_ url: URL) {
        var resolved: [String] = []
        var pending = Array(Self.parts(url.absoluteURL.path).reversed())
        var linksFollowed = 0
        while let part = pending.popLast() {
            if part == "." { continue }
            if part == ".." { _ = resolved.popLast(); continue }
            let candidate = Self.path(resolved + [part])
            if FileKind(path: candidate) == .link, linksFollowed < 40,
               let target = try? FileManager.default.destinationOfSymbolicLink(atPath: candidate) {
                linksFollowed += 1
                if target.hasPrefix("/") { resolved = [] }
                pending.append(contentsOf: Self.parts(target).reversed())
            } else {
                resolved.append(part)
            }
        }
        components = resolved
    }

    private init(components: [String]) { self.components = components }

    var path: String { Self.path(components) }
    var url: URL { URL(fileURLWithPath: path, isDirectory: true) }
    var name: String { components.last ?? "/" }
    var parent: ResolvedPath? { components.isEmpty ? nil : ResolvedPath(components: components.dropLast()) }
    func appending(_ name: String) -> ResolvedPath { ResolvedPath(components: components + [name]) }

    /// Which folder this is; nil when nothing is there.
    var identity: FileIdentity? { FileKind.identity(path: path) }

    /// This path and each folder above it up to `/`, as far as they exist.
    var identitiesUpward: Set<FileIdentity> {
        Set((0...components.count).compactMap { FileKind.identity(path: Self.path(components.prefix($0))) })
    }

    private static func parts(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }

    private static func path<S: Collection<String>>(_ components: S) -> String {
        "/" + components.joined(separator: "/")
    }
}
