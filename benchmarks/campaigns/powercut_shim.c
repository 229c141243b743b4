/* Power-cut model for the power-cut campaign (benchmarks/campaigns/power_cut.py).
 *
 * Loaded with LD_PRELOAD into the process that writes a session file. Each time a file is
 * synced (fsync, fdatasync), its whole content at that moment is copied to
 * $POWERCUT_DIR/<file name>, atomically (a temporary copy, then rename). What those copies hold
 * is what a disk that loses every unsynced write would hold after a power cut: the campaign
 * kills the writer, rebuilds the folder from the copies alone, and reopens it.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void snapshot(int fd) {
    const char *dir = getenv("POWERCUT_DIR");
    char link[64], path[PATH_MAX], target[PATH_MAX], partial[PATH_MAX + 16];
    char buffer[1 << 16];
    if (dir == NULL) return;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t length = readlink(link, path, sizeof path - 1);
    if (length <= 0) return;
    path[length] = '\0';
    const char *name = strrchr(path, '/');
    name = name ? name + 1 : path;
    snprintf(target, sizeof target, "%s/%s", dir, name);
    snprintf(partial, sizeof partial, "%s.partial", target);
    int out = open(partial, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (out < 0) return;
    off_t offset = 0;
    ssize_t got;
    while ((got = pread(fd, buffer, sizeof buffer, offset)) > 0) {
        if (write(out, buffer, (size_t)got) != got) break;
        offset += got;
    }
    close(out);
    rename(partial, target);
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    int result = real(fd);
    if (result == 0) snapshot(fd);
    return result;
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    int result = real(fd);
    if (result == 0) snapshot(fd);
    return result;
}
