#ifndef CFABRIEKSYSTEM_H
#define CFABRIEKSYSTEM_H

/// Swaps two paths atomically (renameat2 with RENAME_EXCHANGE): both exist before and after.
/// Returns 0, or -1 with errno set (EINVAL or ENOSYS where the file system cannot do it).
int fabriek_rename_exchange(const char *a, const char *b);

#endif
