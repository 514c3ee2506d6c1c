#pragma once
// One HTTP(S) download into a file through libcurl, loaded with dlopen on first use.
//
// The kernel links no networking library: libcurl (and the TLS, Kerberos, LDAP, SSH... libraries
// it pulls in) is mapped only when a cell first downloads a data set, so start-up time and idle
// memory do not pay for it, and a machine without libcurl runs everything except downloads.

#include <stddef.h>

/// Outcome of `ncurl_download`.
typedef enum {
  /// The body was written to the file.
  NCURL_OK = 0,
  /// libcurl.so.4 (or one of its functions) could not be loaded.
  NCURL_NOT_INSTALLED = 1,
  /// The output file could not be opened or written.
  NCURL_FILE_ERROR = 2,
  /// The server answered with an HTTP status of 400 or more (`*http_status` holds it).
  NCURL_HTTP_ERROR = 3,
  /// No connection within the connect timeout, or no data for the low-speed time.
  NCURL_TIMEOUT = 4,
  /// The connection closed before the advertised Content-Length arrived.
  NCURL_TRUNCATED = 5,
  /// Any other transfer error (DNS, refused connection, TLS, ...); `error` says which.
  NCURL_TRANSFER_ERROR = 6,
} ncurl_result;

/// Progress report: bytes written so far and the expected total (-1 when unknown).
typedef void (*ncurl_progress_fn)(void *context, long long received, long long total);

/// Downloads `url` into `path` (created or truncated), following redirects.
///
/// Fails when no connection is made within `connect_timeout_s` seconds, when less than one byte
/// per second arrives for `low_speed_time_s` seconds, or when the whole transfer takes longer
/// than `total_timeout_s` seconds (0: no limit). `progress` (may be NULL) is called after each
/// chunk written. `*http_status` (may be NULL) receives the last HTTP status, 0 if none. On
/// failure `error` (of `error_len` bytes, may be NULL) holds a readable, NUL-terminated reason.
/// Safe to call from several threads at once.
int ncurl_download(const char *url, const char *path, long connect_timeout_s,
                   long low_speed_time_s, long total_timeout_s, ncurl_progress_fn progress,
                   void *context, long *http_status, char *error, size_t error_len);

/// Whether libcurl can be loaded (loads it on the first call).
int ncurl_available(void);
