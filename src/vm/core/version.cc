// The RUBY_* constants: the language version maglev implements (CRuby 3.1's, from
// meson.build), with RUBY_ENGINE "maglev" and maglev's own version and description.
#include "maglev_config.h"
#include "vm/core/core.h"

namespace maglev::vm {

static void const_frozen_str(Vm& vm, const char* name, const std::string& text) {
  Value s = str_new(vm, text);
  s.heap()->flags |= kFlagFrozen;
  vm.const_set(vm.cObject, intern(name), s);
}

void init_version(Vm& vm) {
  const std::string platform = MAGLEV_PLATFORM;
  const_frozen_str(vm, "RUBY_VERSION", MAGLEV_RUBY_VERSION);
  const_frozen_str(vm, "RUBY_RELEASE_DATE", "2025-03-26");
  const_frozen_str(vm, "RUBY_PLATFORM", platform);
  const_frozen_str(vm, "RUBY_REVISION", MAGLEV_VERSION);
  const_frozen_str(vm, "RUBY_ENGINE", "maglev");
  const_frozen_str(vm, "RUBY_ENGINE_VERSION", MAGLEV_VERSION);
  const_frozen_str(vm, "RUBY_COPYRIGHT", "ruby - Copyright (C) 1993-2025 Yukihiro Matsumoto");
  const_frozen_str(vm, "RUBY_DESCRIPTION", std::string("maglev ") + MAGLEV_VERSION + " (ruby " +
                                               MAGLEV_RUBY_VERSION + " compatible) [" + platform + "]");
  vm.const_set(vm.cObject, intern("RUBY_PATCHLEVEL"), Value::fixnum(261));
}

}  // namespace maglev::vm
