import CFolderExchange
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Renames within one folder, as the publisher needs them: a swap of two names in one
/// step, and a plain rename (`move`). Failures carry `errno`, so the caller can tell "this file
/// system cannot swap" from a real error.
enum FolderExchange {
    struct Failure: Error, Sendable, CustomStringConvertible {
        var code: Int32
        /// The system or file system has no atomic swap (the caller may fall back).
        var isUnsupported: Bool { [ENOSYS, EINVAL, ENOTSUP, EOPNOTSUPP].contains(code) }
        var description: String { String(cString: strerror(code)) }
    }

    /// Swaps `first` and `second`: afterwards each name holds what the other held, and at
    /// no moment is either name missing (Linux `renameat2(RENAME_EXCHANGE)`, macOS
    /// `renamex_np(RENAME_SWAP)`).
    static func exchange(_ first: URL, _ second: URL) throws(Failure) {
        guard sitegen_exchange_paths(first.path, second.path) == 0 else { throw Failure(code: errno) }
    }

    /// Renames `from` to `to` (`rename(2)`): replaces an empty folder at `to`, fails on a
    /// non-empty one.
    static func move(_ from: URL, to: URL) throws(Failure) {
        guard rename(from.path, to.path) == 0 else { throw Failure(code: errno) }
    }
}
