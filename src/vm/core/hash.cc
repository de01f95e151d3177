// Hash: construction with defaults, access, update, iteration, inspect, and the
// common queries done natively (keys, values, key?, fetch, dig, to_a, merge).
#include "vm/compile/code.h"
#include "vm/core/core.h"
#include "vm/core/encoding.h"

namespace maglev::vm {

static void check_mutable(Vm& vm, Value h) { vm.check_frozen(h); }   // + write barrier

// Hashes being iterated by each/each_pair/each_key/each_value: adding a key to one
// raises as CRuby does (deleting and updating existing keys is allowed).
static std::vector<RBasic*> g_iterating;
struct IterGuard {
  explicit IterGuard(Value h) { g_iterating.push_back(h.heap()); }
  ~IterGuard() { g_iterating.pop_back(); }
  IterGuard(const IterGuard&) = delete;
  IterGuard& operator=(const IterGuard&) = delete;
};
static bool iterating(Value h) {
  for (RBasic* o : g_iterating)
    if (o == h.heap()) return true;
  return false;
}

NATIVE(hash_s_new) {
  UNUSED_ARGS;
  Value h = hash_new(vm);
  h.heap()->klass = self.as<RClass>();
  vm.call(h, sym::initialize, argc, argv, block);
  return h;
}
NATIVE(hash_initialize) {
  UNUSED_ARGS;
  int n = argc;
  if (n > 0 && vm.kw_passed && is_hash(argv[n - 1])) --n;   // capacity: ignored
  check_args(vm, n, 0, 1);
  write_barrier(self.heap());
  if (!block.is_nil()) {
    if (n > 0) vm.raise_arity(n, 0, 0);
    hash_ptr(self)->default_proc = block;
  } else if (n > 0) {
    hash_ptr(self)->ifnone = argv[0];
  }
  return self;
}
// Hash[...] on a subclass makes an instance of the subclass.
NATIVE(hash_s_aref) {
  UNUSED_ARGS;
  Value h = hash_new(vm);
  if (self.is_heap() && self.heap()->type == HeapType::kClass) h.heap()->klass = self.as<RClass>();
  if (argc == 1 && !is_hash(argv[0]) && !is_array(argv[0]) && argv[0].is_heap()) {   // to_hash, to_ary
    Value v = argv[0];
    if (vm.respond_to(v, intern("to_hash"), true)) v = vm.call(v, intern("to_hash"));
    else if (vm.respond_to(v, sym::to_ary, true)) v = vm.call(v, sym::to_ary);
    if (is_hash(v) || is_array(v)) return hash_s_aref(vm, self, 1, &v, block);
  }
  if (argc == 1 && is_hash(argv[0])) {
    hash_each(argv[0], [&](Value k, Value v) { hash_aset(vm, h, k, v); });
    return h;
  }
  if (argc == 1 && is_array(argv[0])) {
    // Hash[[[k, v], [k2]]]: each element a one- or two-element Array (rb_hash_s_create)
    for (int64_t i = 0; i < ary_len(argv[0]); ++i) {
      Value pair = ary_at(argv[0], i);
      if (!is_array(pair))
        vm.raise(vm.eArgumentError, "wrong element type " + vm.class_name_of(pair) + " at " + std::to_string(i) + " (expected array)");
      int64_t n = ary_len(pair);
      if (n < 1 || n > 2) vm.raise(vm.eArgumentError, "invalid number of elements (" + std::to_string(n) + " for 1..2)");
      hash_aset(vm, h, ary_at(pair, 0), n == 2 ? ary_at(pair, 1) : Value::nil());
    }
    return h;
  }
  if (argc % 2) vm.raise(vm.eArgumentError, "odd number of arguments for Hash");
  for (int i = 0; i < argc; i += 2) hash_aset(vm, h, argv[i], argv[i + 1]);
  return h;
}
NATIVE(hash_aref_m) { UNUSED_ARGS; return hash_aref(vm, self, argv[0]); }
NATIVE(hash_aset_m) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  if (!g_iterating.empty() && iterating(self) && hash_lookup(vm, self, argv[0]).is_undef())
    vm.raise(vm.eRuntimeError, "can't add a new key into hash during iteration");
  hash_aset(vm, self, argv[0], argv[1]);
  return argv[1];
}
NATIVE(hash_fetch) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  Value v = hash_lookup(vm, self, argv[0]);
  if (!v.is_undef()) return v;
  if (!block.is_nil()) return vm.yield1(block, argv[0]);
  if (argc > 1) return argv[1];
  Value e = vm.make_exception(vm.eKeyError, "key not found: " + vm.inspect(argv[0]));
  vm.ivar_set(e, intern("@key"), argv[0]);
  vm.ivar_set(e, intern("@receiver"), self);
  vm.raise(e);
}
NATIVE(hash_key_p) { UNUSED_ARGS; return Value::boolean(!hash_lookup(vm, self, argv[0]).is_undef()); }
NATIVE(hash_delete_m) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  Value v = hash_delete(vm, self, argv[0]);
  if (v.is_undef()) return block.is_nil() ? Value::nil() : vm.yield1(block, argv[0]);
  return v;
}
NATIVE(hash_size_m) { UNUSED_ARGS; return Value::fixnum(hash_size(self)); }
NATIVE(hash_empty) { UNUSED_ARGS; return Value::boolean(hash_size(self) == 0); }
NATIVE(hash_keys) {
  UNUSED_ARGS;
  Value a = ary_new(vm, hash_size(self));
  hash_each(self, [&](Value k, Value) { ary_push(vm, a, k); });
  return a;
}
NATIVE(hash_values) {
  UNUSED_ARGS;
  Value a = ary_new(vm, hash_size(self));
  hash_each(self, [&](Value, Value v) { ary_push(vm, a, v); });
  return a;
}
NATIVE(hash_to_a) {
  UNUSED_ARGS;
  Value a = ary_new(vm, hash_size(self));
  hash_each(self, [&](Value k, Value v) { ary_push(vm, a, ary_of(vm, {k, v})); });
  return a;
}
// Whether a block binds a yielded [key, value] exactly as it binds key and value yielded
// as two values: a proc (not a lambda) with two or more required parameters and no
// keywords. CRuby's each_pair yields such a block two values (no Array per entry).
static bool takes_pair(Value block) {
  if (!block.is_heap() || block.heap()->type != HeapType::kProc) return false;
  RProc* p = block.as<RProc>();
  if (p->code == nullptr || (p->basic.flags & kFlagLambda)) return false;
  const ParamInfo& params = p->code->code->params;
  return params.lead + params.post >= 2 && params.kw_names.empty() && !params.kwrest;
}
NATIVE(hash_each_m) {
  UNUSED_ARGS;
  RETURN_ENUM("each");
  IterGuard guard(self);
  if (takes_pair(block)) {
    hash_each(self, [&](Value k, Value v) {
      Value kv[2] = {k, v};
      vm.yield(block, 2, kv);
    });
  } else {
    hash_each(self, [&](Value k, Value v) { vm.yield1(block, ary_of(vm, {k, v})); });
  }
  return self;
}
NATIVE(hash_each_key) {
  UNUSED_ARGS;
  RETURN_ENUM("each_key");
  IterGuard guard(self);
  hash_each(self, [&](Value k, Value) { vm.yield1(block, k); });
  return self;
}
NATIVE(hash_each_value) {
  UNUSED_ARGS;
  RETURN_ENUM("each_value");
  IterGuard guard(self);
  hash_each(self, [&](Value, Value v) { vm.yield1(block, v); });
  return self;
}
NATIVE(hash_inspect) {
  UNUSED_ARGS;
  static thread_local std::vector<Value> seen;
  for (Value v : seen)
    if (v == self) return str_new_ascii(vm, "{...}");
  if (hash_size(self) == 0) return str_new_ascii(vm, "{}");
  seen.push_back(self);
  std::string s = "{";
  EncJoin enc{Enc::kUsAscii, &s};
  bool first = true;
  try {
    hash_each(self, [&](Value k, Value v) {
      Value ks = inspect_value(vm, k);
      if (first) enc.enc = str_enc(ks);
      else s += ", ", enc.add(vm, ks);
      first = false;
      s += str_view(ks);
      s += "=>";
      Value vs = inspect_value(vm, v);
      enc.add(vm, vs);
      s += str_view(vs);
    });
  } catch (...) {
    seen.pop_back();
    throw;
  }
  seen.pop_back();
  Value r = str_new(vm, s + "}");
  set_str_enc(r, enc.enc);
  return r;
}
// == compares values with ==, eql? with eql? ({a: 1}.eql?({a: 1.0}) is false).
static Value hash_compare(Vm& vm, Value self, Value o, bool strict) {
  if (self == o) return Value::t();
  if (!is_hash(o) || hash_size(o) != hash_size(self)) return Value::f();
  bool eq = true;
  hash_each(self, [&](Value k, Value v) {
    if (!eq) return;
    Value ov = hash_lookup(vm, o, k);
    if (ov.is_undef() || !(strict ? vm.eql(v, ov) : vm.equal(v, ov))) eq = false;
  });
  return Value::boolean(eq);
}
NATIVE(hash_eq) { UNUSED_ARGS; return hash_compare(vm, self, argv[0], false); }
NATIVE(hash_eql) { UNUSED_ARGS; return hash_compare(vm, self, argv[0], true); }
NATIVE(hash_hash) {
  UNUSED_ARGS;
  uint64_t h = static_cast<uint64_t>(hash_size(self));
  hash_each(self, [&](Value k, Value v) { h += vm.hash_of(k) * 31 + vm.hash_of(v); });
  return Value::fixnum(static_cast<int64_t>(h >> 2));
}
NATIVE(hash_merge) {
  UNUSED_ARGS;
  Value out = hash_dup(vm, self);   // of self's class, as rb_hash_dup
  out.heap()->klass = real_class(self.heap()->klass);
  for (int i = 0; i < argc; ++i) {
    Value o = argv[i];
    if (!is_hash(o)) o = to_hash(vm, o);
    hash_each(o, [&](Value k, Value v) {
      Value cur = hash_lookup(vm, out, k);
      if (!block.is_nil() && !cur.is_undef()) {
        Value args[3] = {k, cur, v};
        v = vm.yield(block, 3, args);
      }
      hash_aset(vm, out, k, v);
    });
  }
  return out;
}
NATIVE(hash_update) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  for (int i = 0; i < argc; ++i) {
    Value o = argv[i];
    if (!is_hash(o)) o = to_hash(vm, o);
    hash_each(o, [&](Value k, Value v) {
      Value cur = hash_lookup(vm, self, k);
      if (!block.is_nil() && !cur.is_undef()) {
        Value args[3] = {k, cur, v};
        v = vm.yield(block, 3, args);
      }
      hash_aset(vm, self, k, v);
    });
  }
  return self;
}
NATIVE(hash_to_h) {
  UNUSED_ARGS;
  if (block.is_nil()) {
    if (real_class(self.heap()->klass) != vm.cHash) {
      Value d = hash_dup(vm, self);
      d.heap()->klass = vm.cHash;
      return d;
    }
    return self;
  }
  Value out = hash_new(vm);
  hash_each(self, [&](Value k, Value v) {
    Value args[2] = {k, v};
    Value pair = vm.yield(block, 2, args);
    if (!is_array(pair)) vm.raise(vm.eTypeError, "wrong element type " + vm.class_name_of(pair) + " (expected array)");
    if (ary_len(pair) != 2)
      vm.raise(vm.eArgumentError, "element has wrong array length (expected 2, was " + std::to_string(ary_len(pair)) + ")");
    hash_aset(vm, out, ary_at(pair, 0), ary_at(pair, 1));
  });
  return out;
}
NATIVE(hash_default) {
  UNUSED_ARGS;
  if (argc > 0 && !hash_ptr(self)->default_proc.is_nil()) {
    Value args[2] = {self, argv[0]};
    return vm.call_proc(hash_ptr(self)->default_proc.as<RProc>(), Value::nil(), 2, args, Value::nil());
  }
  return hash_ptr(self)->ifnone;
}
NATIVE(hash_set_default) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  hash_ptr(self)->ifnone = argv[0];
  hash_ptr(self)->default_proc = Value::nil();
  return argv[0];
}
NATIVE(hash_default_proc) { UNUSED_ARGS; return hash_ptr(self)->default_proc; }
NATIVE(hash_set_default_proc) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  Value p = argv[0];
  if (!p.is_nil() && !is_proc(p) && vm.respond_to(p, intern("to_proc"), true)) p = vm.call(p, intern("to_proc"));
  if (!p.is_nil() && !is_proc(p))
    vm.raise(vm.eTypeError, "wrong default_proc type " + vm.class_name_of(argv[0]) + " (expected Proc)");
  if (!p.is_nil() && vm.call(p, intern("lambda?")).truthy()) {
    int64_t n = to_long(vm, vm.call(p, intern("arity")));
    if (n != 2 && (n >= 0 || n < -3))
      vm.raise(vm.eTypeError, "default_proc takes two arguments (2 for " + std::to_string(n) + ")");
  }
  hash_ptr(self)->default_proc = p;
  hash_ptr(self)->ifnone = Value::nil();
  return argv[0];
}
NATIVE(hash_clear_m) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  hash_clear(self);
  return self;
}
NATIVE(hash_compare_by_identity) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  self.heap()->flags |= kFlagIdentity;
  hash_rehash(vm, self);
  return self;
}
NATIVE(hash_compare_by_identity_p) { UNUSED_ARGS; return Value::boolean(self.heap()->flags & kFlagIdentity); }
NATIVE(hash_rehash_m) { UNUSED_ARGS; hash_rehash(vm, self); return self; }
NATIVE(hash_replace) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  Value o = argv[0];
  if (!is_hash(o) && vm.respond_to(o, sym::to_hash)) o = vm.call(o, sym::to_hash);
  if (!is_hash(o)) vm.raise_type(argv[0], "Hash");
  std::vector<Value> kv;
  hash_each(o, [&](Value k, Value v) { kv.push_back(k); kv.push_back(v); });
  RootScope r(vm.heap, kv);
  hash_clear(self);
  for (size_t i = 0; i < kv.size(); i += 2) hash_aset(vm, self, kv[i], kv[i + 1]);
  hash_ptr(self)->ifnone = hash_ptr(o)->ifnone;
  hash_ptr(self)->default_proc = hash_ptr(o)->default_proc;
  return self;
}
NATIVE(hash_key) {
  UNUSED_ARGS;
  Value found = Value::nil();
  bool done = false;
  hash_each(self, [&](Value k, Value v) {
    if (!done && vm.equal(v, argv[0])) { found = k; done = true; }
  });
  return found;
}
NATIVE(hash_value_p) {
  UNUSED_ARGS;
  bool found = false;
  hash_each(self, [&](Value, Value v) { found = found || vm.equal(v, argv[0]); });
  return Value::boolean(found);
}
NATIVE(hash_shift) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  HashTable* t = hash_ptr(self)->table;
  for (const HashEntry& e : t->entries) {
    if (!e.live) continue;
    Value k = e.key, v = e.value;
    hash_delete(vm, self, k);
    return ary_of(vm, {k, v});
  }
  // CRuby 3.1: an empty hash shifts its default (the default proc gets a nil key)
  Value nil_key = Value::nil();
  return hash_default(vm, self, 1, &nil_key, Value::nil());
}
NATIVE(hash_invert) {
  UNUSED_ARGS;
  Value out = hash_new(vm);
  hash_each(self, [&](Value k, Value v) { hash_aset(vm, out, v, k); });
  return out;
}
NATIVE(hash_to_hash) { UNUSED_ARGS; return self; }

void init_hash(Vm& vm) {
  RClass* c = vm.cHash;
  define_native(vm, singleton_class(vm, Value::object(c)), "new", hash_s_new, -1);
  define_native(vm, singleton_class(vm, Value::object(c)), "[]", hash_s_aref, -1);
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"initialize", hash_initialize, -1}, {"[]", hash_aref_m, 1}, {"[]=", hash_aset_m, 2},
      {"store", hash_aset_m, 2}, {"fetch", hash_fetch, -1}, {"key?", hash_key_p, 1},
      {"has_key?", hash_key_p, 1}, {"include?", hash_key_p, 1}, {"member?", hash_key_p, 1},
      {"delete", hash_delete_m, 1}, {"size", hash_size_m, 0}, {"length", hash_size_m, 0},
{"empty?", hash_empty, 0}, {"keys", hash_keys, 0},
      {"values", hash_values, 0}, {"to_a", hash_to_a, 0}, {"each", hash_each_m, 0},
      {"each_pair", hash_each_m, 0}, {"each_key", hash_each_key, 0},
      {"each_value", hash_each_value, 0}, {"inspect", hash_inspect, 0},
      {"to_s", hash_inspect, 0}, {"==", hash_eq, 1}, {"eql?", hash_eql, 1},
      {"hash", hash_hash, 0}, {"merge", hash_merge, -1}, {"update", hash_update, -1},
      {"merge!", hash_update, -1}, {"to_h", hash_to_h, 0}, {"default", hash_default, -1},
      {"default=", hash_set_default, 1}, {"default_proc", hash_default_proc, 0},
      {"default_proc=", hash_set_default_proc, 1}, {"clear", hash_clear_m, 0},
      {"compare_by_identity", hash_compare_by_identity, 0},
      {"compare_by_identity?", hash_compare_by_identity_p, 0}, {"rehash", hash_rehash_m, 0},
      {"replace", hash_replace, 1}, {"key", hash_key, 1}, {"value?", hash_value_p, 1},
      {"has_value?", hash_value_p, 1}, {"shift", hash_shift, 0}, {"to_hash", hash_to_hash, 0},
      {"invert", hash_invert, 0}};
  for (auto& m : methods) define_native(vm, c, m.name, m.fn, m.arity);
}

}  // namespace maglev::vm
