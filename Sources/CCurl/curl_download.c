// libcurl through dlopen: the handful of declarations below stand in for <curl/curl.h>, so
// neither libcurl's headers nor the library itself are needed to build or start the kernel.
// Option and info numbers are part of libcurl's stable ABI (curl.h: CURLOPTTYPE_LONG = 0,
// CURLOPTTYPE_OBJECTPOINT = 10000, CURLOPTTYPE_FUNCTIONPOINT = 20000, CURLINFO_LONG = 0x200000,
// CURLINFO_OFF_T = 0x600000).

#include "CCurl.h"

#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef void CURL;
typedef int CURLcode;
typedef int64_t curl_off_t;

enum {
  OPT_URL = 10002,
  OPT_WRITEDATA = 10001,
  OPT_WRITEFUNCTION = 20011,
  OPT_ERRORBUFFER = 10010,
  OPT_USERAGENT = 10018,
  OPT_FOLLOWLOCATION = 52,
  OPT_MAXREDIRS = 68,
  OPT_FAILONERROR = 45,
  OPT_NOSIGNAL = 99,
  OPT_CONNECTTIMEOUT = 78,
  OPT_TIMEOUT = 13,
  OPT_LOW_SPEED_LIMIT = 19,
  OPT_LOW_SPEED_TIME = 20,
};

enum {
  INFO_RESPONSE_CODE = 0x200000 + 2,
  INFO_CONTENT_LENGTH_DOWNLOAD_T = 0x600000 + 15,
};

enum {
  E_OK = 0,
  E_HTTP_RETURNED_ERROR = 22,
  E_WRITE_ERROR = 23,
  E_OPERATION_TIMEDOUT = 28,
  E_PARTIAL_FILE = 18,
};

enum { ERROR_BUFFER_SIZE = 256, GLOBAL_DEFAULT = 3 };

// curl_easy_setopt and curl_easy_getinfo are variadic in C; they must be called through
// variadic pointers so each argument is passed the way libcurl reads it (long, pointer, ...).
typedef CURL *(*easy_init_fn)(void);
typedef CURLcode (*easy_setopt_fn)(CURL *, int, ...);
typedef CURLcode (*easy_perform_fn)(CURL *);
typedef CURLcode (*easy_getinfo_fn)(CURL *, int, ...);
typedef void (*easy_cleanup_fn)(CURL *);
typedef const char *(*easy_strerror_fn)(CURLcode);
typedef CURLcode (*global_init_fn)(long);

static struct {
  easy_init_fn easy_init;
  easy_setopt_fn easy_setopt;
  easy_perform_fn easy_perform;
  easy_getinfo_fn easy_getinfo;
  easy_cleanup_fn easy_cleanup;
  easy_strerror_fn easy_strerror;
  global_init_fn global_init;
  int loaded;
  char problem[256];
} api;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void *symbol(void *library, const char *name) {
  void *found = dlsym(library, name);
  if (!found && api.problem[0] == 0)
    snprintf(api.problem, sizeof api.problem, "the installed libcurl lacks %s", name);
  return found;
}

static void load(void) {
#ifdef __APPLE__
  static const char *const names[] = {"libcurl.4.dylib", "/usr/lib/libcurl.4.dylib"};
#else
  // Debian's libcurl3-gnutls ships the same ABI under another name.
  static const char *const names[] = {"libcurl.so.4", "libcurl-gnutls.so.4"};
#endif
  void *library = NULL;
  for (size_t i = 0; i < sizeof names / sizeof names[0] && !library; i++)
    library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    snprintf(api.problem, sizeof api.problem, "libcurl is not installed (%s not found)", names[0]);
    return;
  }
  api.easy_init = (easy_init_fn)symbol(library, "curl_easy_init");
  api.easy_setopt = (easy_setopt_fn)symbol(library, "curl_easy_setopt");
  api.easy_perform = (easy_perform_fn)symbol(library, "curl_easy_perform");
  api.easy_getinfo = (easy_getinfo_fn)symbol(library, "curl_easy_getinfo");
  api.easy_cleanup = (easy_cleanup_fn)symbol(library, "curl_easy_cleanup");
  api.easy_strerror = (easy_strerror_fn)symbol(library, "curl_easy_strerror");
  api.global_init = (global_init_fn)symbol(library, "curl_global_init");
  if (api.problem[0] != 0) return;
  // curl_global_init is not thread-safe in older libcurl; pthread_once runs it exactly once.
  CURLcode code = api.global_init(GLOBAL_DEFAULT);
  if (code != E_OK) {
    snprintf(api.problem, sizeof api.problem, "curl_global_init failed: %s", api.easy_strerror(code));
    return;
  }
  api.loaded = 1;
}

int ncurl_available(void) {
  pthread_once(&load_once, load);
  return api.loaded;
}

typedef struct {
  FILE *file;
  CURL *handle;
  long long received;
  long long total;
  int write_errno;  // nonzero once fwrite failed
  ncurl_progress_fn progress;
  void *context;
} transfer;

static size_t on_data(char *data, size_t size, size_t count, void *user) {
  transfer *t = user;
  size_t bytes = size * count;
  if (bytes == 0) return 0;
  if (fwrite(data, 1, bytes, t->file) != bytes) {
    t->write_errno = errno ? errno : EIO;
    return 0;  // makes curl_easy_perform stop with CURLE_WRITE_ERROR
  }
  t->received += (long long)bytes;
  if (t->total < 0) {
    curl_off_t length = -1;
    if (api.easy_getinfo(t->handle, INFO_CONTENT_LENGTH_DOWNLOAD_T, &length) == E_OK && length >= 0)
      t->total = (long long)length;
  }
  if (t->progress) t->progress(t->context, t->received, t->total);
  return bytes;
}

__attribute__((format(printf, 3, 4)))
static void say(char *error, size_t error_len, const char *format, ...) {
  if (!error || error_len == 0) return;
  va_list arguments;
  va_start(arguments, format);
  vsnprintf(error, error_len, format, arguments);
  va_end(arguments);
}

int ncurl_download(const char *url, const char *path, long connect_timeout_s,
                   long low_speed_time_s, long total_timeout_s, ncurl_progress_fn progress,
                   void *context, long *http_status, char *error, size_t error_len) {
  if (http_status) *http_status = 0;
  if (error && error_len > 0) error[0] = 0;
  if (!ncurl_available()) {
    say(error, error_len, "%s", api.problem);
    return NCURL_NOT_INSTALLED;
  }
  FILE *file = fopen(path, "wb");
  if (!file) {
    say(error, error_len, "cannot open %s for writing: %s", path, strerror(errno));
    return NCURL_FILE_ERROR;
  }
  CURL *handle = api.easy_init();
  if (!handle) {
    fclose(file);
    say(error, error_len, "curl_easy_init failed");
    return NCURL_TRANSFER_ERROR;
  }
  transfer t = {file, handle, 0, -1, 0, progress, context};
  char curl_error[ERROR_BUFFER_SIZE] = {0};
  api.easy_setopt(handle, OPT_URL, url);
  api.easy_setopt(handle, OPT_WRITEFUNCTION, on_data);
  api.easy_setopt(handle, OPT_WRITEDATA, (void *)&t);
  api.easy_setopt(handle, OPT_ERRORBUFFER, curl_error);
  api.easy_setopt(handle, OPT_USERAGENT, "neurona");
  api.easy_setopt(handle, OPT_FOLLOWLOCATION, 1L);
  api.easy_setopt(handle, OPT_MAXREDIRS, 10L);
  api.easy_setopt(handle, OPT_FAILONERROR, 1L);
  api.easy_setopt(handle, OPT_NOSIGNAL, 1L);  // no SIGALRM for DNS timeouts: the kernel is threaded
  api.easy_setopt(handle, OPT_CONNECTTIMEOUT, connect_timeout_s);
  api.easy_setopt(handle, OPT_LOW_SPEED_LIMIT, 1L);
  api.easy_setopt(handle, OPT_LOW_SPEED_TIME, low_speed_time_s);
  api.easy_setopt(handle, OPT_TIMEOUT, total_timeout_s);
  CURLcode code = api.easy_perform(handle);
  long status = 0;
  api.easy_getinfo(handle, INFO_RESPONSE_CODE, &status);
  if (http_status) *http_status = status;
  if (t.total < 0) {
    curl_off_t length = -1;
    if (api.easy_getinfo(handle, INFO_CONTENT_LENGTH_DOWNLOAD_T, &length) == E_OK && length >= 0)
      t.total = (long long)length;
  }
  const char *reason = curl_error[0] ? curl_error : api.easy_strerror(code);
  int closed = fclose(file);
  int close_errno = errno;
  int result = NCURL_OK;
  if (code == E_HTTP_RETURNED_ERROR || (code == E_OK && status >= 400)) {
    say(error, error_len, "HTTP status %ld", status);
    result = NCURL_HTTP_ERROR;
  } else if (code == E_WRITE_ERROR && t.write_errno != 0) {
    say(error, error_len, "cannot write %s: %s", path, strerror(t.write_errno));
    result = NCURL_FILE_ERROR;
  } else if (code == E_OPERATION_TIMEDOUT) {
    say(error, error_len, "timed out (%s)", reason);
    result = NCURL_TIMEOUT;
  } else if (code == E_PARTIAL_FILE) {
    if (t.total >= 0)
      say(error, error_len, "connection closed after %lld of %lld bytes", t.received, t.total);
    else
      say(error, error_len, "connection closed after %lld bytes", t.received);
    result = NCURL_TRUNCATED;
  } else if (code != E_OK) {
    say(error, error_len, "%s", reason);
    result = NCURL_TRANSFER_ERROR;
  } else if (closed != 0) {
    say(error, error_len, "cannot write %s: %s", path, strerror(close_errno));
    result = NCURL_FILE_ERROR;
  }
  api.easy_cleanup(handle);
  return result;
}
