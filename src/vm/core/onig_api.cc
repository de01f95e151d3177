// Loading Oniguruma on first use (onig_api.h): dlopen of the soname found at build time.
#include "vm/core/onig_api.h"

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

#include "maglev_config.h"

namespace maglev::vm {
namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "maglev: cannot load Oniguruma (%s): %s\n", what, dlerror());
  std::abort();
}

template <typename T>
void resolve(void* lib, const char* name, T* out) {
  void* p = dlsym(lib, name);
  if (p == nullptr) fail(name);
  *out = reinterpret_cast<T>(p);
}

OnigApi load() {
  void* lib = dlopen(MAGLEV_ONIG_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (lib == nullptr) fail(MAGLEV_ONIG_SONAME);
  OnigApi a{};
  decltype(&::onig_initialize) initialize = nullptr;
  resolve(lib, "onig_initialize", &initialize);
  resolve(lib, "onig_new", &a.new_regex);
  resolve(lib, "onig_free", &a.free);
  resolve(lib, "onig_error_code_to_str", &a.error_code_to_str);
  resolve(lib, "onig_region_new", &a.region_new);
  resolve(lib, "onig_region_free", &a.region_free);
  resolve(lib, "onig_search", &a.search);
  resolve(lib, "onig_name_to_group_numbers", &a.name_to_group_numbers);
  resolve(lib, "onig_foreach_name", &a.foreach_name);
  resolve(lib, "OnigEncodingUTF8", &a.utf8);
  resolve(lib, "OnigEncodingASCII", &a.ascii);
  resolve(lib, "OnigSyntaxRuby", &a.syntax_ruby);
  OnigEncoding encs[] = {a.utf8, a.ascii};
  initialize(encs, 2);
  return a;
}

}  // namespace

const OnigApi& onig() {
  static const OnigApi api = load();
  return api;
}

}  // namespace maglev::vm
