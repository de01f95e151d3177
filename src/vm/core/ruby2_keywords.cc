// ruby2_keywords: Module#ruby2_keywords marks methods taking *args (and no keywords) so
// that keywords passed to them arrive as a flagged Hash (kFlagRuby2Keywords) at the end
// of args, and Hash.ruby2_keywords_hash? / Hash.ruby2_keywords_hash read and make such
// Hashes. The interpreter (interp/call.cc) flags the Hash when binding arguments and
// passes a flagged Hash splatted last (`f(*args)`) as keywords again.
#include <cstdio>

#include "vm/compile/code.h"
#include "vm/core/core.h"
#include "vm/interp/ops.h"
#include "vm/object/class.h"

namespace maglev::vm {

// The parameters ruby2_keywords marks, or null (a native method or no code).
static ParamInfo* entry_params(MethodEntry* me) {
  RCode* rc = nullptr;
  if (me->kind == MethodEntry::Kind::kBytecode) rc = me->code;
  else if (me->kind == MethodEntry::Kind::kProc && me->proc != nullptr) rc = me->proc->code;
  return rc != nullptr && rc->code != nullptr ? &rc->code->params : nullptr;
}

NATIVE(mod_ruby2_keywords) {
  UNUSED_ARGS;
  RClass* klass = self.as<RClass>();
  for (int i = 0; i < argc; ++i) {
    SymId name = to_method_name(vm, argv[i]);
    RClass* where = nullptr;
    MethodEntry* me = find_method(klass, name, &where);
    if (me == nullptr || me->kind == MethodEntry::Kind::kUndefined)
      raise_undefined_method_in(vm, klass, name);
    ParamInfo* p = entry_params(me);
    if (p == nullptr) continue;   // CRuby: natives are left alone, silently
    if (p->rest && !p->has_kw() && !p->kwrest && !p->forward) {
      p->ruby2_keywords = true;
    } else if (vm.warning_level > 0) {
      std::fflush(stdout);
      std::fprintf(stderr,
                   "%s:%d: warning: Skipping set of ruby2_keywords flag for %s (method accepts "
                   "keywords or method does not accept argument splat)\n",
                   vm.current_file().c_str(), vm.current_line(), sym_name(name).c_str());
    }
  }
  return Value::nil();
}

static Value check_hash(Vm& vm, Value h) {
  if (!is_hash(h))
    vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(h) +
                                " (expected Hash)");
  return h;
}

NATIVE(hash_s_ruby2_keywords_hash_p) {
  UNUSED_ARGS;
  return Value::boolean(check_hash(vm, argv[0]).heap()->flags & kFlagRuby2Keywords);
}

NATIVE(hash_s_ruby2_keywords_hash) {
  UNUSED_ARGS;
  Value h = hash_dup(vm, check_hash(vm, argv[0]));
  h.heap()->flags |= kFlagRuby2Keywords;
  return h;
}

void init_ruby2_keywords(Vm& vm) {
  define_native(vm, vm.cModule, "ruby2_keywords", mod_ruby2_keywords, -1, Visibility::kPrivate);
  RClass* meta = singleton_class(vm, Value::object(vm.cHash));
  define_native(vm, meta, "ruby2_keywords_hash?", hash_s_ruby2_keywords_hash_p, 1);
  define_native(vm, meta, "ruby2_keywords_hash", hash_s_ruby2_keywords_hash, 1);
}

}  // namespace maglev::vm
