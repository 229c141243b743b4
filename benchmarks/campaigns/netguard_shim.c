/* Network guard for the privacy campaign (benchmarks/campaigns/privacy.py).
 *
 * Loaded with LD_PRELOAD into the app or a command: any connect() or sendto() to an IPv4 or
 * IPv6 address other than loopback is refused (ENETUNREACH) and written to $NETGUARD_LOG.
 * Working at the C library, it sees Python's sockets and Qt's own networking alike; local
 * sockets (AF_UNIX: the display, D-Bus) pass.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int outside(const struct sockaddr *address) {
    char text[INET6_ADDRSTRLEN] = "?";
    int far = 0;
    if (address == NULL) return 0;
    if (address->sa_family == AF_INET) {
        const struct sockaddr_in *v4 = (const struct sockaddr_in *)address;
        far = (ntohl(v4->sin_addr.s_addr) >> 24) != 127;
        inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
    } else if (address->sa_family == AF_INET6) {
        const struct sockaddr_in6 *v6 = (const struct sockaddr_in6 *)address;
        far = !IN6_IS_ADDR_LOOPBACK(&v6->sin6_addr) && !IN6_IS_ADDR_V4MAPPED(&v6->sin6_addr);
        if (IN6_IS_ADDR_V4MAPPED(&v6->sin6_addr)) far = v6->sin6_addr.s6_addr[12] != 127;
        inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
    }
    if (far) {
        const char *log = getenv("NETGUARD_LOG");
        FILE *out = log ? fopen(log, "a") : NULL;
        if (out) {
            fprintf(out, "%d %s\n", (int)getpid(), text);
            fclose(out);
        }
    }
    return far;
}

int connect(int fd, const struct sockaddr *address, socklen_t length) {
    static int (*real)(int, const struct sockaddr *, socklen_t);
    if (!real) real = (int (*)(int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "connect");
    if (outside(address)) {
        errno = ENETUNREACH;
        return -1;
    }
    return real(fd, address, length);
}

ssize_t sendto(int fd, const void *data, size_t size, int flags, const struct sockaddr *address,
               socklen_t length) {
    static ssize_t (*real)(int, const void *, size_t, int, const struct sockaddr *, socklen_t);
    if (!real)
        real = (ssize_t (*)(int, const void *, size_t, int, const struct sockaddr *,
                            socklen_t))dlsym(RTLD_NEXT, "sendto");
    if (outside(address)) {
        errno = ENETUNREACH;
        return -1;
    }
    return real(fd, data, size, flags, address, length);
}
