/* A recorder of what a process writes to the files of one folder, for the power-loss test
   (tests/reliability/test_power_loss.py). Loaded with LD_PRELOAD, it logs every write,
   truncation, sync, unlink and rename of a file whose path starts with RGPD_SHIM_DIR, in
   order, to the file RGPD_SHIM_LOG; the test then rebuilds the folder as a power cut would
   have left it at any point: what was synced is there, what was not may or may not be.

   Record: one byte kind, u16 path length, path, u64 offset (or size), u32 length, data. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_FD 4096
static char *paths[MAX_FD];
static int logfd = -1;
static const char *watched;
static size_t watched_len;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static ssize_t (*real_write)(int, const void *, size_t);
static ssize_t (*real_pwrite64)(int, const void *, size_t, off64_t);
static ssize_t (*real_pwrite)(int, const void *, size_t, off_t);
static int (*real_open)(const char *, int, ...);
static int (*real_open64)(const char *, int, ...);
static int (*real_openat)(int, const char *, int, ...);
static int (*real_openat64)(int, const char *, int, ...);
static int (*real_close)(int);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_ftruncate)(int, off_t);
static int (*real_ftruncate64)(int, off64_t);
static int (*real_unlink)(const char *);
static int (*real_rename)(const char *, const char *);

static void setup(void) {
    if (real_write) return;
    real_write = dlsym(RTLD_NEXT, "write");
    real_pwrite64 = dlsym(RTLD_NEXT, "pwrite64");
    real_pwrite = dlsym(RTLD_NEXT, "pwrite");
    real_open = dlsym(RTLD_NEXT, "open");
    real_open64 = dlsym(RTLD_NEXT, "open64");
    real_openat = dlsym(RTLD_NEXT, "openat");
    real_openat64 = dlsym(RTLD_NEXT, "openat64");
    real_close = dlsym(RTLD_NEXT, "close");
    real_fsync = dlsym(RTLD_NEXT, "fsync");
    real_fdatasync = dlsym(RTLD_NEXT, "fdatasync");
    real_ftruncate = dlsym(RTLD_NEXT, "ftruncate");
    real_ftruncate64 = dlsym(RTLD_NEXT, "ftruncate64");
    real_unlink = dlsym(RTLD_NEXT, "unlink");
    real_rename = dlsym(RTLD_NEXT, "rename");
    watched = getenv("RGPD_SHIM_DIR");
    watched_len = watched ? strlen(watched) : 0;
    const char *log = getenv("RGPD_SHIM_LOG");
    if (log && real_open) logfd = real_open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
}

static int is_watched(const char *path) {
    return watched_len && path && strncmp(path, watched, watched_len) == 0;
}

static void record(char kind, const char *path, uint64_t offset, const void *data, uint32_t len) {
    if (logfd < 0 || !path) return;
    uint16_t plen = (uint16_t)strlen(path);
    size_t size = 1 + 2 + plen + 8 + 4 + len;
    char *buf = malloc(size);
    if (!buf) return;
    char *p = buf;
    *p++ = kind;
    memcpy(p, &plen, 2); p += 2;
    memcpy(p, path, plen); p += plen;
    memcpy(p, &offset, 8); p += 8;
    memcpy(p, &len, 4); p += 4;
    if (len) memcpy(p, data, len);
    pthread_mutex_lock(&lock);
    size_t done = 0;
    while (done < size) {
        ssize_t n = real_write(logfd, buf + done, size - done);
        if (n <= 0) break;
        done += (size_t)n;
    }
    pthread_mutex_unlock(&lock);
    free(buf);
}

static void track(int fd, const char *path) {
    if (fd < 0 || fd >= MAX_FD) return;
    free(paths[fd]);
    paths[fd] = NULL;
    if (is_watched(path)) {
        paths[fd] = strdup(path);
        record('O', path, 0, NULL, 0);
    }
}

static int opened(int fd, const char *path) { setup(); track(fd, path); return fd; }

#define OPEN_MODE(flags, mode) \
    mode_t mode = 0; \
    if ((flags) & (O_CREAT | O_TMPFILE)) { va_list ap; va_start(ap, flags); mode = va_arg(ap, int); va_end(ap); }

int open(const char *path, int flags, ...) { setup(); OPEN_MODE(flags, mode); return opened(real_open(path, flags, mode), path); }
int open64(const char *path, int flags, ...) { setup(); OPEN_MODE(flags, mode); return opened(real_open64(path, flags, mode), path); }
int openat(int dir, const char *path, int flags, ...) { setup(); OPEN_MODE(flags, mode); return opened(real_openat(dir, path, flags, mode), path); }
int openat64(int dir, const char *path, int flags, ...) { setup(); OPEN_MODE(flags, mode); return opened(real_openat64(dir, path, flags, mode), path); }

int close(int fd) {
    setup();
    if (fd >= 0 && fd < MAX_FD && paths[fd]) { free(paths[fd]); paths[fd] = NULL; }
    return real_close(fd);
}

static const char *path_of(int fd) { return (fd >= 0 && fd < MAX_FD) ? paths[fd] : NULL; }

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off) {
    setup();
    ssize_t done = real_pwrite64(fd, buf, n, off);
    if (done > 0 && path_of(fd)) record('W', path_of(fd), (uint64_t)off, buf, (uint32_t)done);
    return done;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
    setup();
    ssize_t done = real_pwrite(fd, buf, n, off);
    if (done > 0 && path_of(fd)) record('W', path_of(fd), (uint64_t)off, buf, (uint32_t)done);
    return done;
}

ssize_t write(int fd, const void *buf, size_t n) {
    setup();
    const char *path = path_of(fd);
    off_t at = path ? lseek(fd, 0, SEEK_CUR) : 0;
    ssize_t done = real_write(fd, buf, n);
    if (done > 0 && path && at >= 0) record('W', path, (uint64_t)at, buf, (uint32_t)done);
    return done;
}

int fsync(int fd) { setup(); int r = real_fsync(fd); if (r == 0 && path_of(fd)) record('S', path_of(fd), 0, NULL, 0); return r; }
int fdatasync(int fd) { setup(); int r = real_fdatasync(fd); if (r == 0 && path_of(fd)) record('S', path_of(fd), 0, NULL, 0); return r; }

int ftruncate(int fd, off_t size) { setup(); int r = real_ftruncate(fd, size); if (r == 0 && path_of(fd)) record('T', path_of(fd), (uint64_t)size, NULL, 0); return r; }
int ftruncate64(int fd, off64_t size) { setup(); int r = real_ftruncate64(fd, size); if (r == 0 && path_of(fd)) record('T', path_of(fd), (uint64_t)size, NULL, 0); return r; }

int unlink(const char *path) { setup(); int r = real_unlink(path); if (r == 0 && is_watched(path)) record('U', path, 0, NULL, 0); return r; }

int rename(const char *from, const char *to) {
    setup();
    int r = real_rename(from, to);
    if (r == 0 && (is_watched(from) || is_watched(to))) record('R', from, 0, to, (uint32_t)strlen(to) + 1);
    return r;
}
