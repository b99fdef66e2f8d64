#ifndef SOVSCAN_CCURL_SHIM_H
#define SOVSCAN_CCURL_SHIM_H
/* libcurl is opened with dlopen at the first transfer, not linked: a scan that fetches nothing never maps it nor
   the libraries it brings (TLS, Kerberos, LDAP, SSH...), which were most of the process's start-up. The header
   gives the types and constants; the functions are looked up by name into `sovscan_curl_api`. */
#include <curl/curl.h>
#include <dlfcn.h>

/* The libcurl functions sovscan calls. */
typedef struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *handle);
    void (*easy_reset)(CURL *handle);
    CURLcode (*easy_perform)(CURL *handle);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    const char *(*easy_strerror)(CURLcode code);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *text);
    void (*slist_free_all)(struct curl_slist *list);
} sovscan_curl_api;

/* Looks up one function; NULL (and dlerror's message) when the library lacks it. */
static inline void *sovscan_curl_symbol(void *library, const char *name) { return dlsym(library, name); }

/* Opens the library at `path` (a file name such as libcurl.so.4 is searched where the dynamic loader searches)
   and fills `api`. Returns NULL on success, else the loader's message (valid until the next dlopen/dlsym call).
   The library stays open for the life of the process. */
static inline const char *sovscan_curl_open(const char *path, sovscan_curl_api *api) {
    void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return dlerror();
    void *found[10];
    const char *names[10] = {"curl_global_init", "curl_easy_init", "curl_easy_cleanup", "curl_easy_reset",
                             "curl_easy_perform", "curl_easy_setopt", "curl_easy_getinfo", "curl_easy_strerror",
                             "curl_slist_append", "curl_slist_free_all"};
    for (int index = 0; index < 10; index++) {
        found[index] = sovscan_curl_symbol(library, names[index]);
        if (found[index] == NULL) return dlerror();
    }
    api->global_init = (CURLcode (*)(long))found[0];
    api->easy_init = (CURL *(*)(void))found[1];
    api->easy_cleanup = (void (*)(CURL *))found[2];
    api->easy_reset = (void (*)(CURL *))found[3];
    api->easy_perform = (CURLcode (*)(CURL *))found[4];
    api->easy_setopt = (CURLcode (*)(CURL *, CURLoption, ...))found[5];
    api->easy_getinfo = (CURLcode (*)(CURL *, CURLINFO, ...))found[6];
    api->easy_strerror = (const char *(*)(CURLcode))found[7];
    api->slist_append = (struct curl_slist *(*)(struct curl_slist *, const char *))found[8];
    api->slist_free_all = (void (*)(struct curl_slist *))found[9];
    return NULL;
}

/* Typed calls through the table (curl_easy_setopt and curl_easy_getinfo are variadic and cannot be called from
   Swift; the others are wrapped so Swift never handles the table's optional function pointers). */
static inline CURLcode sovscan_curl_global_init(const sovscan_curl_api *api, long flags) {
    return api->global_init(flags);
}
static inline CURL *sovscan_curl_easy_init(const sovscan_curl_api *api) { return api->easy_init(); }
static inline void sovscan_curl_easy_cleanup(const sovscan_curl_api *api, CURL *handle) { api->easy_cleanup(handle); }
static inline void sovscan_curl_easy_reset(const sovscan_curl_api *api, CURL *handle) { api->easy_reset(handle); }
static inline CURLcode sovscan_curl_easy_perform(const sovscan_curl_api *api, CURL *handle) {
    return api->easy_perform(handle);
}
static inline const char *sovscan_curl_easy_strerror(const sovscan_curl_api *api, CURLcode code) {
    return api->easy_strerror(code);
}
static inline struct curl_slist *sovscan_curl_slist_append(const sovscan_curl_api *api, struct curl_slist *list,
                                                           const char *text) {
    return api->slist_append(list, text);
}
static inline void sovscan_curl_slist_free_all(const sovscan_curl_api *api, struct curl_slist *list) {
    api->slist_free_all(list);
}
static inline CURLcode sovscan_curl_setopt_string(const sovscan_curl_api *api, CURL *handle, CURLoption option,
                                                  const char *value) {
    return api->easy_setopt(handle, option, value);
}
static inline CURLcode sovscan_curl_setopt_long(const sovscan_curl_api *api, CURL *handle, CURLoption option,
                                                long value) {
    return api->easy_setopt(handle, option, value);
}
static inline CURLcode sovscan_curl_setopt_offset(const sovscan_curl_api *api, CURL *handle, CURLoption option,
                                                  curl_off_t value) {
    return api->easy_setopt(handle, option, value);
}
static inline CURLcode sovscan_curl_setopt_pointer(const sovscan_curl_api *api, CURL *handle, CURLoption option,
                                                   void *value) {
    return api->easy_setopt(handle, option, value);
}
typedef size_t (*sovscan_curl_write_callback)(char *data, size_t size, size_t count, void *userdata);
static inline CURLcode sovscan_curl_setopt_write_callback(const sovscan_curl_api *api, CURL *handle,
                                                          sovscan_curl_write_callback callback) {
    return api->easy_setopt(handle, CURLOPT_WRITEFUNCTION, callback);
}
static inline CURLcode sovscan_curl_setopt_header_callback(const sovscan_curl_api *api, CURL *handle,
                                                           sovscan_curl_write_callback callback) {
    return api->easy_setopt(handle, CURLOPT_HEADERFUNCTION, callback);
}
static inline CURLcode sovscan_curl_getinfo_long(const sovscan_curl_api *api, CURL *handle, CURLINFO info,
                                                 long *value) {
    return api->easy_getinfo(handle, info, value);
}
#endif
