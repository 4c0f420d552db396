import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, without following a link at its end (`lstat`), and which file or
/// folder it is (device and inode), so that two spellings of one folder compare equal:
/// through links, bind mounts or a case-insensitive file system.
enum FileKind: Sendable, Equatable {
    case missing, folder, file, link, other

    init(_ url: URL) { self.init(path: url.path) }

    init(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { self = .missing; return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFREG: self = .file
        case S_IFLNK: self = .link
        default: self = .other
        }
    }

    /// The device and inode of what `path` names, following links; nil when it does not exist.
    static func identity(path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
    }
}

/// One file or folder of one file system, however its path is written.
struct FileIdentity: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64
}
