// System calls that Swift's Glibc module does not expose.
#ifndef REVUE_CSYSTEMCALLS_H
#define REVUE_CSYSTEMCALLS_H

/// Swaps two paths in one step (renameat2 with RENAME_EXCHANGE on Linux,
/// renamex_np with RENAME_SWAP on macOS): a reader of
/// either path sees the old tree or the new one, never a missing one.
/// Returns 0, or -1 with errno set (EINVAL or ENOSYS where the file system
/// or the kernel cannot exchange).
int revue_rename_exchange(const char *first, const char *second);

#endif
