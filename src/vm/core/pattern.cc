// Pattern matching's runtime side: NoMatchingPatternError's messages (CRuby's wording
// for single patterns, from the reason the compiler recorded: see PatternFail),
// NoMatchingPatternKeyError#key/#matchee, and the private Kernel helpers the compiler
// emits calls to (__no_matching_pattern, __find_candidates, __pattern_type_error).
#include "vm/compile/code.h"
#include "vm/core/core.h"

namespace maglev::vm {

static SymId kMatchee() { static SymId s = intern("@matchee"); return s; }
static SymId kKey() { static SymId s = intern("@key"); return s; }

// __no_matching_pattern(subject [, reason]): raises. Without a reason (a case/in of
// several clauses) the message is the subject itself, as CRuby's.
NATIVE(k_no_matching_pattern) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  Value why = argc > 1 ? argv[1] : Value::nil();
  if (!is_array(why) || ary_len(why) == 0)
    vm.raise(vm.call(Value::object(vm.eNoMatchingPatternError), sym::new_, {argv[0]}));
  int64_t n = ary_len(why);
  auto at = [&](int64_t i) { return ary_at(why, i); };
  auto code = static_cast<PatternFail>(at(n - 1).fixnum_value());
  std::string reason;
  switch (code) {
    case PatternFail::kEqq:
      reason = vm.inspect(at(1)) + " === " + vm.inspect(at(0)) + " does not return true";
      break;
    case PatternFail::kNoDeconstruct:
      reason = vm.inspect(at(0)) + " does not respond to #deconstruct";
      break;
    case PatternFail::kNoDeconstructKeys:
      reason = vm.inspect(at(0)) + " does not respond to #deconstruct_keys";
      break;
    case PatternFail::kLength:
    case PatternFail::kLengthMin:
      reason = vm.inspect(at(0)) + " length mismatch (given " +
               std::to_string(ary_len(at(0))) + ", expected " + vm.inspect(at(1)) +
               (code == PatternFail::kLengthMin ? "+)" : ")");
      break;
    case PatternFail::kFind:
      reason = vm.inspect(at(0)) + " does not match to find pattern";
      break;
    case PatternFail::kKey: {
      std::string msg = vm.inspect(argv[0]) + ": key not found: " + vm.inspect(at(1));
      Value e = vm.make_exception(vm.eNoMatchingPatternKeyError, msg);
      vm.ivar_set(e, kMatchee(), at(0));
      vm.ivar_set(e, kKey(), at(1));
      vm.raise(e);
    }
    case PatternFail::kRestNotEmpty:
      reason = "rest of " + vm.inspect(at(0)) + " is not empty";
      break;
    case PatternFail::kNotEmpty:
      reason = vm.inspect(at(0)) + " is not empty";
      break;
    case PatternFail::kGuard:
      reason = "guard clause does not return true";
      break;
  }
  vm.raise(vm.eNoMatchingPatternError, vm.inspect(argv[0]) + ": " + reason);
}

// __pattern_type_error(:deconstruct | :deconstruct_keys)
NATIVE(k_pattern_type_error) {
  UNUSED_ARGS;
  bool keys = argv[0] == sym_value("deconstruct_keys");
  vm.raise(vm.eTypeError, keys ? "deconstruct_keys must return Hash" : "deconstruct must return Array");
}

// __find_candidates(arr, n): the windows [pre, e1..en, post] for each start index.
NATIVE(k_find_candidates) {
  UNUSED_ARGS;
  Value arr = argv[0];
  int64_t n = to_long(vm, argv[1]);
  Value out = ary_new(vm);
  int64_t len = ary_len(arr);
  for (int64_t start = 0; start + n <= len; ++start) {
    Value w = ary_new(vm);
    ary_push(vm, w, ary_from(vm, ary_ptr(arr)->ptr, start));
    for (int64_t i = 0; i < n; ++i) ary_push(vm, w, ary_at(arr, start + i));
    ary_push(vm, w, ary_from(vm, ary_ptr(arr)->ptr + start + n, len - start - n));
    ary_push(vm, out, w);
  }
  return out;
}

// NoMatchingPatternKeyError.new(message = nil, matchee:, key:)
NATIVE(npke_initialize) {
  UNUSED_ARGS;
  int n = argc;
  if (n > 0 && is_hash(argv[n - 1]) && vm.kw_passed) {
    Value m = hash_lookup(vm, argv[n - 1], sym_value("matchee"));
    if (!m.is_undef()) vm.ivar_set(self, kMatchee(), m);
    Value k = hash_lookup(vm, argv[n - 1], sym_value("key"));
    if (!k.is_undef()) vm.ivar_set(self, kKey(), k);
    --n;
  }
  check_args(vm, n, 0, 1);
  vm.ivar_set(self, intern("__message"), n > 0 ? argv[0] : Value::nil());
  return Value::nil();
}
NATIVE(npke_key) {
  UNUSED_ARGS;
  if (!vm.ivar_defined(self, kKey())) vm.raise(vm.eArgumentError, "no key is available");
  return vm.ivar_get(self, kKey());
}
NATIVE(npke_matchee) {
  UNUSED_ARGS;
  if (!vm.ivar_defined(self, kMatchee())) vm.raise(vm.eArgumentError, "no matchee is available");
  return vm.ivar_get(self, kMatchee());
}

void init_pattern(Vm& vm) {
  RClass* k = vm.mKernel;
  auto def = [&](const char* name, NativeFn fn, int arity) {
    define_native(vm, k, name, fn, arity, Visibility::kPrivate);
  };
  def("__no_matching_pattern", k_no_matching_pattern, -1);
  def("__pattern_type_error", k_pattern_type_error, 1);
  def("__find_candidates", k_find_candidates, 2);
  RClass* e = vm.eNoMatchingPatternKeyError;
  define_native(vm, e, "initialize", npke_initialize, -1, Visibility::kPrivate);
  define_native(vm, e, "key", npke_key, 0);
  define_native(vm, e, "matchee", npke_matchee, 0);
}

}  // namespace maglev::vm
