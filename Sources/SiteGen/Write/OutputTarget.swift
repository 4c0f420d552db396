import Foundation

/// A folder ``OutputGuard`` let through: the real place a build may replace (links and
/// `..` resolved). Only the guard makes one, so nothing publishes to an unchecked folder.
public struct OutputTarget: Sendable, Hashable {
    let folder: ResolvedPath

    init(folder: ResolvedPath) { self.folder = folder }

    /// The resolved folder the site is published to.
    public var url: URL { folder.url }
}
