#ifndef SITEGEN_FOLDER_EXCHANGE_H
#define SITEGEN_FOLDER_EXCHANGE_H

/// Swaps the two directory entries `first` and `second` in one step, so that no process
/// ever sees either name missing: Linux renameat2(RENAME_EXCHANGE), macOS
/// renamex_np(RENAME_SWAP). Both must exist on one file system.
///
/// Returns 0, or -1 with errno set; ENOSYS where the system has no such call (and
/// EINVAL or ENOTSUP where the file system does not support it).
int sitegen_exchange_paths(const char *first, const char *second);

#endif
