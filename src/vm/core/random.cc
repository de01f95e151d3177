// Random's class methods that read the operating system's randomness: urandom(n)
// (n bytes from getrandom(2), what SecureRandom uses), bytes(n) and new_seed. The
// seeded generator itself (Kernel#rand) is in kernel.cc.
#include <sys/random.h>

#include <cerrno>
#include <string>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

std::string os_random(Vm& vm, int64_t n) {
  if (n < 0) vm.raise(vm.eArgumentError, "negative string size (or size too big)");
  std::string out(static_cast<size_t>(n), '\0');
  size_t got = 0;
  while (got < out.size()) {
    ssize_t r = getrandom(out.data() + got, out.size() - got, 0);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) vm.raise(vm.eRuntimeError, "failed to get urandom");
    got += static_cast<size_t>(r);
  }
  return out;
}

NATIVE(random_s_urandom) {
  UNUSED_ARGS;
  return str_new_binary(vm, os_random(vm, to_long(vm, argv[0])));
}
NATIVE(random_s_new_seed) {
  UNUSED_ARGS;
  std::string b = os_random(vm, 16);
  Value seed = Value::fixnum(0);
  for (unsigned char c : b) {   // a 128-bit Integer, as CRuby's
    seed = vm.call(seed, intern("<<"), {Value::fixnum(8)});
    seed = vm.call(seed, intern("|"), {Value::fixnum(c)});
  }
  return seed;
}

}  // namespace

void init_random(Vm& vm) {
  RClass* s = singleton_class(vm, vm.const_get(vm.cObject, intern("Random")));
  define_native(vm, s, "urandom", random_s_urandom, 1);
  define_native(vm, s, "bytes", random_s_urandom, 1);
  define_native(vm, s, "new_seed", random_s_new_seed, 0);
}

}  // namespace maglev::vm
