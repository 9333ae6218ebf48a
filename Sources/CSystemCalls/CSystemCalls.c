#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include "CSystemCalls.h"

int revue_rename_exchange(const char *first, const char *second) {
#ifdef __APPLE__
    return renamex_np(first, second, RENAME_SWAP);
#else
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#endif
}
