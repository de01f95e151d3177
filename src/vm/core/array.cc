// Array: construction, element access and assignment (indexes, ranges, lengths),
// stack/queue operations, iteration, comparison, inspect/join, and the common
// transformations done natively for speed (map, select, sort, flatten, uniq...).
#include <algorithm>

#include "vm/core/core.h"
#include "vm/core/encoding.h"
#include "vm/core/sort.h"

namespace maglev::vm {

static void check_mutable(Vm& vm, Value a) { vm.check_frozen(a); }   // + write barrier
static RArray* A(Value v) { return ary_ptr(v); }
// The count argument of first/last/pop/shift: ArgumentError when negative.
static int64_t count_arg(Vm& vm, Value n) {
  int64_t k = to_long(vm, n);
  if (k < 0) vm.raise(vm.eArgumentError, "negative array size");
  return k;
}

NATIVE(ary_s_new) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  a.heap()->klass = self.as<RClass>();
  vm.call(a, sym::initialize, argc, argv, block);
  return a;
}
NATIVE(ary_initialize) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 2);
  ary_clear(self);
  if (argc == 0) return self;
  if (argc == 1 && !argv[0].is_fixnum()) {   // Array.new(array): through to_ary when it has one
    Value src = argv[0];
    if (!is_array(src) && src.is_heap() && vm.respond_to(src, sym::to_ary, true)) src = vm.call(src, sym::to_ary);
    if (is_array(src)) {
      for (int64_t i = 0; i < ary_len(src); ++i) ary_push(vm, self, ary_at(src, i));
      return self;
    }
  }
  int64_t n = to_long(vm, argv[0]);
  if (n < 0) vm.raise(vm.eArgumentError, "negative array size");
  Value fill = argc > 1 ? argv[1] : Value::nil();
  for (int64_t i = 0; i < n; ++i) ary_push(vm, self, block.is_nil() ? fill : vm.yield1(block, Value::fixnum(i)));
  return self;
}
NATIVE(ary_s_aref) {
  UNUSED_ARGS;
  Value a = ary_from(vm, argv, argc);
  a.heap()->klass = self.as<RClass>();
  return a;
}
static Value subseq(Vm& vm, Value self, int64_t start, int64_t len) {
  int64_t n = A(self)->len;
  if (start < 0) start += n;
  if (start < 0 || start > n || len < 0) return Value::nil();
  len = std::min(len, n - start);
  return ary_from(vm, A(self)->ptr + start, len);
}
bool range_bounds(Vm& vm, Value r, int64_t n, int64_t* start, int64_t* len) {
  RRange* rr = r.as<RRange>();
  int64_t b = rr->begin.is_nil() ? 0 : to_long(vm, rr->begin);
  int64_t e = rr->end.is_nil() ? n : to_long(vm, rr->end);
  if (b < 0) b += n;
  if (e < 0) e += n;
  if (!(r.heap()->flags & kFlagExcl) && !rr->end.is_nil()) ++e;
  if (b < 0 || b > n) return false;
  *start = b;
  *len = std::max<int64_t>(0, e - b);
  return true;
}
NATIVE(ary_aref) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  if (argc == 2) return subseq(vm, self, to_long(vm, argv[0]), to_long(vm, argv[1]));
  Value i = argv[0];
  if (i.is_fixnum()) {
    int64_t k = i.fixnum_value();
    if (k < 0) k += A(self)->len;
    return k >= 0 && k < A(self)->len ? A(self)->ptr[k] : Value::nil();
  }
  if (is_range(i)) {
    int64_t s, l;
    if (!range_bounds(vm, i, A(self)->len, &s, &l)) return Value::nil();
    return subseq(vm, self, s, l);
  }
  if (i.is_heap() && i.heap()->type == HeapType::kObject &&
      class_path(vm, real_class(i.heap()->klass)) == "Enumerator::ArithmeticSequence")
    return vm.call(self, intern("__aseq_slice"), {i});
  int64_t k = to_long(vm, i);
  if (k < 0) k += A(self)->len;
  return k >= 0 && k < A(self)->len ? A(self)->ptr[k] : Value::nil();
}
static void splice(Vm& vm, Value self, int64_t start, int64_t len, Value repl) {
  RArray* a = A(self);
  if (start > a->len) {
    ary_store(vm, self, start - 1, Value::nil());
    a = A(self);
  }
  len = std::min(len, a->len - start);
  std::vector<Value> items;
  if (is_array(repl)) items.assign(A(repl)->ptr, A(repl)->ptr + A(repl)->len);
  else items.push_back(repl);
  std::vector<Value> tail(a->ptr + start + len, a->ptr + a->len);
  RootScope r1(vm.heap, items), r2(vm.heap, tail);
  a->len = start;
  for (Value v : items) ary_push(vm, self, v);
  for (Value v : tail) ary_push(vm, self, v);
}
NATIVE(ary_aset) {
  UNUSED_ARGS;
  check_args(vm, argc, 2, 3);
  check_mutable(vm, self);
  if (argc == 3) {
    int64_t s = to_long(vm, argv[0]), l = to_long(vm, argv[1]);
    if (s < 0) {
      s += A(self)->len;
      if (s < 0) vm.raise(vm.eIndexError, "index " + std::to_string(s - A(self)->len) + " too small for array; minimum: -" + std::to_string(A(self)->len));
    }
    if (l < 0) vm.raise(vm.eIndexError, "negative length (" + std::to_string(l) + ")");
    splice(vm, self, s, l, argv[2]);
    return argv[2];
  }
  Value i = argv[0];
  if (is_range(i)) {
    int64_t s, l;
    if (!range_bounds(vm, i, A(self)->len, &s, &l)) {
      vm.raise(vm.eRangeError, vm.inspect(i) + " out of range");
    }
    splice(vm, self, s, l, argv[1]);
    return argv[1];
  }
  int64_t k = to_long(vm, i);
  if (k < 0) {
    k += A(self)->len;
    if (k < 0)
      vm.raise(vm.eIndexError, "index " + std::to_string(k - A(self)->len) + " too small for array; minimum: -" + std::to_string(A(self)->len));
  }
  ary_store(vm, self, k, argv[1]);
  return argv[1];
}
NATIVE(ary_at_m) {
  UNUSED_ARGS;
  int64_t k = to_long(vm, argv[0]);
  if (k < 0) k += A(self)->len;
  return k >= 0 && k < A(self)->len ? A(self)->ptr[k] : Value::nil();
}
NATIVE(ary_fetch) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  int64_t k = to_long(vm, argv[0]);
  int64_t orig = k;
  if (k < 0) k += A(self)->len;
  if (k >= 0 && k < A(self)->len) return A(self)->ptr[k];
  if (!block.is_nil()) return vm.yield1(block, argv[0]);
  if (argc > 1) return argv[1];
  vm.raise(vm.eIndexError, "index " + std::to_string(orig) + " outside of array bounds: " +
                               std::to_string(-A(self)->len) + "..." + std::to_string(A(self)->len));
}
NATIVE(ary_push_m) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  for (int i = 0; i < argc; ++i) ary_push(vm, self, argv[i]);
  return self;
}
NATIVE(ary_ltlt) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  ary_push(vm, self, argv[0]);
  return self;
}
NATIVE(ary_pop) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  RArray* a = A(self);
  if (argc == 0) return a->len ? a->ptr[--a->len] : Value::nil();
  int64_t n = std::min(count_arg(vm, argv[0]), a->len);
  Value r = ary_from(vm, a->ptr + a->len - n, n);
  A(self)->len -= n;
  return r;
}
NATIVE(ary_shift) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  RArray* a = A(self);
  int64_t n = argc == 0 ? 1 : std::min(count_arg(vm, argv[0]), a->len);
  if (argc == 0 && a->len == 0) return Value::nil();
  Value r = argc == 0 ? a->ptr[0] : ary_from(vm, a->ptr, n);
  a = A(self);
  std::move(a->ptr + n, a->ptr + a->len, a->ptr);
  a->len -= n;
  return r;
}
NATIVE(ary_unshift) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  RArray* a = A(self);
  ary_reserve(vm, a, a->len + argc);
  std::move_backward(a->ptr, a->ptr + a->len, a->ptr + a->len + argc);
  for (int i = 0; i < argc; ++i) a->ptr[i] = argv[i];
  a->len += argc;
  return self;
}
NATIVE(ary_insert) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, -1);
  check_mutable(vm, self);
  int64_t k = to_long(vm, argv[0]);
  if (argc == 1) return self;
  if (k < 0) {
    int64_t min = -A(self)->len - 1;
    if (k < min)
      vm.raise(vm.eIndexError, "index " + std::to_string(k) + " too small for array; minimum: " + std::to_string(min));
    k += A(self)->len + 1;
  }
  splice(vm, self, k, 0, ary_from(vm, argv + 1, argc - 1));
  return self;
}
NATIVE(ary_length) { UNUSED_ARGS; return Value::fixnum(A(self)->len); }
NATIVE(ary_empty) { UNUSED_ARGS; return Value::boolean(A(self)->len == 0); }
NATIVE(ary_first) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  if (argc == 0) return A(self)->len ? A(self)->ptr[0] : Value::nil();
  return ary_from(vm, A(self)->ptr, std::min(count_arg(vm, argv[0]), A(self)->len));
}
NATIVE(ary_last) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  RArray* a = A(self);
  if (argc == 0) return a->len ? a->ptr[a->len - 1] : Value::nil();
  int64_t n = std::min(count_arg(vm, argv[0]), a->len);
  return ary_from(vm, a->ptr + a->len - n, n);
}
NATIVE(ary_each) {
  UNUSED_ARGS;
  if (block.is_nil()) return make_enumerator(vm, self, intern("each"), 0, nullptr);
  for (int64_t i = 0; i < A(self)->len; ++i) vm.yield1(block, A(self)->ptr[i]);
  return self;
}
NATIVE(ary_each_index) {
  UNUSED_ARGS;
  RETURN_ENUM("each_index");
  for (int64_t i = 0; i < A(self)->len; ++i) vm.yield1(block, Value::fixnum(i));
  return self;
}
NATIVE(ary_reverse_each) {
  UNUSED_ARGS;
  RETURN_ENUM("reverse_each");
  for (int64_t i = A(self)->len; i-- > 0;) {
    if (i >= A(self)->len) continue;
    vm.yield1(block, A(self)->ptr[i]);
  }
  return self;
}
NATIVE(ary_map) {
  UNUSED_ARGS;
  RETURN_ENUM("map");
  Value out = ary_new(vm, A(self)->len);
  for (int64_t i = 0; i < A(self)->len; ++i) ary_push(vm, out, vm.yield1(block, A(self)->ptr[i]));
  return out;
}
NATIVE(ary_map_bang) {
  UNUSED_ARGS;
  RETURN_ENUM("map!");
  check_mutable(vm, self);
  for (int64_t i = 0; i < A(self)->len; ++i) A(self)->ptr[i] = vm.yield1(block, A(self)->ptr[i]);
  return self;
}
NATIVE(ary_select) {
  UNUSED_ARGS;
  RETURN_ENUM("select");
  Value out = ary_new(vm);
  for (int64_t i = 0; i < A(self)->len; ++i) {
    Value v = A(self)->ptr[i];
    if (vm.yield1(block, v).truthy()) ary_push(vm, out, v);
  }
  return out;
}
NATIVE(ary_reject) {
  UNUSED_ARGS;
  RETURN_ENUM("reject");
  Value out = ary_new(vm);
  for (int64_t i = 0; i < A(self)->len; ++i) {
    Value v = A(self)->ptr[i];
    if (!vm.yield1(block, v).truthy()) ary_push(vm, out, v);
  }
  return out;
}
static void keep_if(Vm& vm, Value self, Value block, bool keep) {
  check_mutable(vm, self);
  int64_t j = 0;
  for (int64_t i = 0; i < A(self)->len; ++i) {
    Value v = A(self)->ptr[i];
    if (vm.yield1(block, v).truthy() == keep) A(self)->ptr[j++] = v;
  }
  A(self)->len = j;
}
NATIVE(ary_select_bang) {
  UNUSED_ARGS;
  RETURN_ENUM("select!");
  int64_t before = A(self)->len;
  keep_if(vm, self, block, true);
  return A(self)->len == before ? Value::nil() : self;
}
NATIVE(ary_keep_if) { UNUSED_ARGS; RETURN_ENUM("keep_if"); keep_if(vm, self, block, true); return self; }
NATIVE(ary_reject_bang) {
  UNUSED_ARGS;
  RETURN_ENUM("reject!");
  int64_t before = A(self)->len;
  keep_if(vm, self, block, false);
  return A(self)->len == before ? Value::nil() : self;
}
NATIVE(ary_delete_if) { UNUSED_ARGS; RETURN_ENUM("delete_if"); keep_if(vm, self, block, false); return self; }
NATIVE(ary_inspect) {
  UNUSED_ARGS;
  static thread_local std::vector<Value> seen;
  for (Value v : seen)
    if (v == self) return str_new(vm, "[...]");
  seen.push_back(self);
  std::string s = "[";
  EncJoin enc{Enc::kUsAscii, &s};
  try {
    for (int64_t i = 0; i < A(self)->len; ++i) {
      if (i) s += ", ";
      Value e = inspect_value(vm, A(self)->ptr[i]);
      if (i == 0) enc.enc = str_enc(e);
      else enc.add(vm, e);
      s += str_view(e);
    }
  } catch (...) {
    seen.pop_back();
    throw;
  }
  seen.pop_back();
  Value r = str_new(vm, s + "]");
  set_str_enc(r, enc.enc);
  return r;
}
// Appends the elements of `a` (nested arrays flattened) to the String `out`.
static void join_into(Vm& vm, Value a, Value sep, Value out, EncJoin* enc, std::vector<Value>* seen) {
  for (Value v : *seen)
    if (v == a) vm.raise(vm.eArgumentError, "recursive array join");
  seen->push_back(a);
  for (int64_t i = 0; i < A(a)->len; ++i) {
    if (i && !sep.is_nil()) enc->add(vm, sep), str_append(vm, out, str_view(sep));
    Value v = A(a)->ptr[i];
    if (is_array(v)) {
      join_into(vm, v, sep, out, enc, seen);
      continue;
    }
    bool first_string = is_string(v) && i == 0 && seen->size() == 1;   // sets the encoding
    if (!is_string(v)) {
      Value s = vm.call(v, sym::to_s);
      v = is_string(s) ? s : str_new(vm, vm.to_s(v));
    }
    if (first_string) enc->enc = str_enc(v);
    else enc->add(vm, v);
    str_append(vm, out, str_view(v));
  }
  seen->pop_back();
}
// As CRuby's rb_ary_join: the result is sized up front from the strings and
// separators of the top level, and built in place (no temporary copy of the text).
NATIVE(ary_join) {
  UNUSED_ARGS;
  Value sep = argc > 0 && !argv[0].is_nil() ? to_str(vm, argv[0]) : Value::nil();
  int64_t n = A(self)->len, size = 0;
  if (n > 0 && !sep.is_nil()) size = str_ptr(sep)->len * (n - 1);
  for (int64_t i = 0; i < n; ++i)
    if (is_string(A(self)->ptr[i])) size += str_ptr(A(self)->ptr[i])->len;
  Value r = str_buf_new(vm, size);
  EncJoin enc{Enc::kUsAscii, nullptr, r};
  std::vector<Value> seen;
  join_into(vm, self, sep, r, &enc, &seen);
  set_str_enc(r, enc.enc);
  return r;
}
NATIVE(ary_eq) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (self == o) return Value::t();
  if (!is_array(o)) return Value::f();
  if (A(self)->len != A(o)->len) return Value::f();
  for (int64_t i = 0; i < A(self)->len && i < A(o)->len; ++i)
    if (!vm.equal(A(self)->ptr[i], A(o)->ptr[i])) return Value::f();
  return Value::t();
}
NATIVE(ary_eql) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (!is_array(o) || A(self)->len != A(o)->len) return Value::f();
  for (int64_t i = 0; i < A(self)->len; ++i)
    if (!vm.eql(A(self)->ptr[i], A(o)->ptr[i])) return Value::f();
  return Value::t();
}
NATIVE(ary_hash) {
  UNUSED_ARGS;
  // an array inside itself hashes as a constant there (rb_exec_recursive_paired)
  static thread_local std::vector<Value> in_progress;
  uint64_t h = 0x345678 + static_cast<uint64_t>(A(self)->len);
  if (std::find(in_progress.begin(), in_progress.end(), self) != in_progress.end())
    return Value::fixnum(static_cast<int64_t>(h >> 2));
  in_progress.push_back(self);
  try {
    for (int64_t i = 0; i < A(self)->len; ++i) h = h * 1000003 ^ vm.hash_of(A(self)->ptr[i]);
  } catch (...) {
    in_progress.pop_back();
    throw;
  }
  in_progress.pop_back();
  return Value::fixnum(static_cast<int64_t>(h >> 2));
}
NATIVE(ary_cmp) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (!is_array(o) && o.is_heap() && vm.respond_to(o, sym::to_ary, true)) {   // rb_check_array_type
    Value a = vm.call(o, sym::to_ary);
    if (is_array(a)) o = a;
  }
  if (!is_array(o)) return Value::nil();
  int64_t n = std::min(A(self)->len, A(o)->len);
  for (int64_t i = 0; i < n; ++i) {
    Value c = vm.call(A(self)->ptr[i], sym::cmp, 1, &A(o)->ptr[i]);
    if (c.is_nil()) return c;
    if (c != Value::fixnum(0)) return c;
  }
  int64_t d = A(self)->len - A(o)->len;
  return Value::fixnum(d < 0 ? -1 : d > 0);
}
NATIVE(ary_plus) {
  UNUSED_ARGS;
  Value o = to_ary(vm, argv[0]);
  Value out = ary_dup(vm, self);
  for (int64_t i = 0; i < A(o)->len; ++i) ary_push(vm, out, A(o)->ptr[i]);
  return out;
}
NATIVE(ary_concat) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  std::vector<Value> items;
  for (int i = 0; i < argc; ++i) {
    Value o = to_ary(vm, argv[i]);
    items.insert(items.end(), A(o)->ptr, A(o)->ptr + A(o)->len);
  }
  RootScope r(vm.heap, items);
  for (Value v : items) ary_push(vm, self, v);
  return self;
}
NATIVE(ary_times) {
  UNUSED_ARGS;
  if (is_string(argv[0])) {
    Value s = argv[0];
    return ary_join(vm, self, 1, &s, Value::nil());
  }
  int64_t n = to_long(vm, argv[0]);
  if (n < 0) vm.raise(vm.eArgumentError, "negative argument");
  if (n > 0 && A(self)->len > INT64_MAX / 8 / n) vm.raise(vm.eArgumentError, "argument too big");  // ARY_MAX_SIZE
  Value out = ary_new(vm);
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < A(self)->len; ++i) ary_push(vm, out, A(self)->ptr[i]);
  return out;
}
static bool ary_includes(Vm& vm, Value a, Value v) {
  for (int64_t i = 0; i < A(a)->len; ++i)
    if (vm.equal(A(a)->ptr[i], v)) return true;
  return false;
}
NATIVE(ary_include) { UNUSED_ARGS; return Value::boolean(ary_includes(vm, self, argv[0])); }
NATIVE(ary_difference) {
  UNUSED_ARGS;
  Value out = ary_dup(vm, self);
  for (int i = 0; i < argc; ++i) {
    Value o = to_ary(vm, argv[i]);
    Value h = hash_new(vm);
    for (int64_t j = 0; j < A(o)->len; ++j) hash_aset(vm, h, A(o)->ptr[j], Value::t());
    Value next = ary_new(vm);
    for (int64_t j = 0; j < A(out)->len; ++j)
      if (hash_lookup(vm, h, A(out)->ptr[j]).is_undef()) ary_push(vm, next, A(out)->ptr[j]);
    out = next;
  }
  return out;
}
NATIVE(ary_minus) {
  UNUSED_ARGS;
  Value o = to_ary(vm, argv[0]);
  Value h = hash_new(vm);
  for (int64_t i = 0; i < A(o)->len; ++i) hash_aset(vm, h, A(o)->ptr[i], Value::t());
  Value out = ary_new(vm);
  for (int64_t i = 0; i < A(self)->len; ++i)
    if (hash_lookup(vm, h, A(self)->ptr[i]).is_undef()) ary_push(vm, out, A(self)->ptr[i]);
  return out;
}
NATIVE(ary_index) {
  UNUSED_ARGS;
  for (int64_t i = 0; i < A(self)->len; ++i) {
    bool hit = argc > 0 ? vm.equal(A(self)->ptr[i], argv[0]) : vm.yield1(block, A(self)->ptr[i]).truthy();
    if (hit) return Value::fixnum(i);
  }
  return Value::nil();
}
NATIVE(ary_rindex) {
  UNUSED_ARGS;
  for (int64_t i = A(self)->len; i-- > 0;) {
    bool hit = argc > 0 ? vm.equal(A(self)->ptr[i], argv[0]) : vm.yield1(block, A(self)->ptr[i]).truthy();
    if (hit) return Value::fixnum(i);
  }
  return Value::nil();
}
NATIVE(ary_reverse) {
  UNUSED_ARGS;
  Value out = ary_dup(vm, self);
  std::reverse(A(out)->ptr, A(out)->ptr + A(out)->len);
  return out;
}
NATIVE(ary_reverse_bang) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  std::reverse(A(self)->ptr, A(self)->ptr + A(self)->len);
  return self;
}
// ArgumentError "comparison of A with B failed" (B inspected when it is a special
// constant or a Float, as rb_cmperr does).
[[noreturn]] static void cmp_failed(Vm& vm, Value a, Value b) {
  bool special = !b.is_heap() || is_float(b);
  vm.raise(vm.eArgumentError, "comparison of " + vm.class_name_of(a) + " with " +
                                  (special ? vm.inspect(b) : vm.class_name_of(b)) + " failed");
}
static int cmp_result(Vm& vm, Value c, Value a, Value b) {
  if (c.is_nil()) cmp_failed(vm, a, b);
  if (c.is_fixnum()) return c.fixnum_value() < 0 ? -1 : c.fixnum_value() > 0;
  if (vm.call(c, intern(">"), {Value::fixnum(0)}).truthy()) return 1;
  if (vm.call(c, intern("<"), {Value::fixnum(0)}).truthy()) return -1;
  return 0;
}
int sort_cmp(Vm& vm, Value a, Value b, Value block) {
  if (block.is_nil()) {
    if (a.is_fixnum() && b.is_fixnum())
      return a.fixnum_value() < b.fixnum_value() ? -1 : a.fixnum_value() > b.fixnum_value();
    if (is_string(a) && is_string(b)) {
      int c = str_view(a).compare(str_view(b));
      return c < 0 ? -1 : c > 0;
    }
    return cmp_result(vm, vm.call(a, sym::cmp, 1, &b), a, b);
  }
  Value args[2] = {a, b};
  return cmp_result(vm, vm.yield(block, 2, args), a, b);
}
void sort_values(Vm& vm, std::vector<Value>& v, Value block) {
  if (block.is_nil() && std::all_of(v.begin(), v.end(), [](Value x) { return x.is_fixnum(); })) {
    // Integers compare without calls and equal ones are the same value: any order.
    std::sort(v.begin(), v.end(),
              [](Value a, Value b) { return a.fixnum_value() < b.fixnum_value(); });
    return;
  }
  std::vector<Value> tmp(v.size());
  RootScope r(vm.heap, v), r2(vm.heap, tmp);
  merge_sort(v.data(), tmp.data(), v.size(),
             [&](Value a, Value b) { return sort_cmp(vm, a, b, block); });
}
NATIVE(ary_sort) {
  UNUSED_ARGS;
  std::vector<Value> v(A(self)->ptr, A(self)->ptr + A(self)->len);
  sort_values(vm, v, block);
  return ary_from(vm, v.data(), static_cast<int64_t>(v.size()));
}
NATIVE(ary_sort_bang) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  std::vector<Value> v(A(self)->ptr, A(self)->ptr + A(self)->len);
  sort_values(vm, v, block);
  A(self)->len = 0;
  for (Value x : v) ary_push(vm, self, x);
  return self;
}
static void flatten_into(Vm& vm, Value a, Value out, int64_t depth, std::vector<Value>* seen) {
  for (Value s : *seen)
    if (s == a) vm.raise(vm.eArgumentError, "tried to flatten recursive array");
  seen->push_back(a);
  for (int64_t i = 0; i < A(a)->len; ++i) {
    Value v = A(a)->ptr[i];
    // an object with to_ary flattens too (rb_check_array_type)
    if (depth != 0 && !is_array(v) && v.is_heap() && v.heap()->type == HeapType::kObject &&
        vm.respond_to(v, sym::to_ary, true)) {
      Value conv = vm.call(v, sym::to_ary);
      if (is_array(conv)) v = conv;
    }
    if (depth != 0 && is_array(v)) flatten_into(vm, v, out, depth - 1, seen);
    else ary_push(vm, out, v);
  }
  seen->pop_back();
}
NATIVE(ary_flatten) {
  UNUSED_ARGS;
  int64_t depth = argc > 0 && !argv[0].is_nil() ? to_long(vm, argv[0]) : -1;
  Value out = ary_new(vm);
  std::vector<Value> seen;
  flatten_into(vm, self, out, depth, &seen);
  return out;
}
NATIVE(ary_flatten_bang) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  if (argc > 0 && !argv[0].is_nil() && to_long(vm, argv[0]) == 0) return Value::nil();
  Value f = ary_flatten(vm, self, argc, argv, block);
  bool changed = A(f)->len != A(self)->len;
  for (int64_t i = 0; !changed && i < A(self)->len; ++i) changed = is_array(A(self)->ptr[i]);
  A(self)->len = 0;
  for (int64_t i = 0; i < A(f)->len; ++i) ary_push(vm, self, A(f)->ptr[i]);
  return changed ? self : Value::nil();
}
NATIVE(ary_compact) {
  UNUSED_ARGS;
  Value out = ary_new(vm);
  for (int64_t i = 0; i < A(self)->len; ++i)
    if (!A(self)->ptr[i].is_nil()) ary_push(vm, out, A(self)->ptr[i]);
  return out;
}
NATIVE(ary_compact_bang) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  int64_t j = 0, n = A(self)->len;
  for (int64_t i = 0; i < n; ++i)
    if (!A(self)->ptr[i].is_nil()) A(self)->ptr[j++] = A(self)->ptr[i];
  A(self)->len = j;
  return j == n ? Value::nil() : self;
}
NATIVE(ary_uniq) {
  UNUSED_ARGS;
  Value seen = hash_new(vm);
  Value out = ary_new(vm);
  for (int64_t i = 0; i < A(self)->len; ++i) {
    Value v = A(self)->ptr[i];
    Value key = block.is_nil() ? v : vm.yield1(block, v);
    if (hash_lookup(vm, seen, key).is_undef()) {
      hash_aset(vm, seen, key, Value::t());
      ary_push(vm, out, v);
    }
  }
  return out;
}
NATIVE(ary_uniq_bang) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  Value u = ary_uniq(vm, self, argc, argv, block);
  if (A(u)->len == A(self)->len) return Value::nil();
  A(self)->len = 0;
  for (int64_t i = 0; i < A(u)->len; ++i) ary_push(vm, self, A(u)->ptr[i]);
  return self;
}
NATIVE(ary_delete) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  Value found = Value::nil();
  int64_t j = 0;
  bool any = false;
  for (int64_t i = 0; i < A(self)->len; ++i) {
    Value v = A(self)->ptr[i];
    if (vm.equal(v, argv[0])) {
      found = v;
      any = true;
    } else {
      A(self)->ptr[j++] = v;
    }
  }
  A(self)->len = j;
  if (!any && !block.is_nil()) return vm.yield1(block, argv[0]);
  return any ? found : Value::nil();
}
NATIVE(ary_delete_at) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  int64_t k = to_long(vm, argv[0]);
  RArray* a = A(self);
  if (k < 0) k += a->len;
  if (k < 0 || k >= a->len) return Value::nil();
  Value v = a->ptr[k];
  std::move(a->ptr + k + 1, a->ptr + a->len, a->ptr + k);
  --a->len;
  return v;
}
NATIVE(ary_clear_m) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  ary_clear(self);
  return self;
}
NATIVE(ary_replace) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  Value o = to_ary(vm, argv[0]);
  std::vector<Value> items(A(o)->ptr, A(o)->ptr + A(o)->len);
  RootScope r(vm.heap, items);
  ary_clear(self);
  for (Value v : items) ary_push(vm, self, v);
  return self;
}
NATIVE(ary_to_a) {
  UNUSED_ARGS;
  if (real_class(self.heap()->klass) != vm.cArray) return ary_dup(vm, self);
  return self;
}
NATIVE(ary_to_ary) { UNUSED_ARGS; return self; }   // self, even of a subclass
NATIVE(ary_slice_bang) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  Value r = ary_aref(vm, self, argc, argv, block);
  if (r.is_nil()) return r;
  if (argc == 1 && !is_range(argv[0])) {
    Value k = argv[0];
    return ary_delete_at(vm, self, 1, &k, block);
  }
  int64_t s, l;
  if (argc == 2) {
    s = to_long(vm, argv[0]);
    l = to_long(vm, argv[1]);
    if (s < 0) s += A(self)->len;
  } else {
    range_bounds(vm, argv[0], A(self)->len, &s, &l);
  }
  splice(vm, self, s, l, ary_new(vm));
  return r;
}
NATIVE(ary_rotate) {
  UNUSED_ARGS;
  int64_t n = A(self)->len;
  Value out = ary_new(vm, n);
  if (n == 0) return out;
  int64_t k = argc > 0 ? to_long(vm, argv[0]) : 1;
  k = ((k % n) + n) % n;
  for (int64_t i = 0; i < n; ++i) ary_push(vm, out, A(self)->ptr[(i + k) % n]);
  return out;
}
// fill(obj [, start [, len]]), fill(obj, range), and the block forms (rb_ary_fill):
// a range may reach past the end (the array grows); a negative start counts from it.
NATIVE(ary_fill) {
  UNUSED_ARGS;
  bool blk = !block.is_nil();
  check_args(vm, argc, blk ? 0 : 1, blk ? 2 : 3);
  check_mutable(vm, self);
  const Value* a = blk ? argv : argv + 1;
  int na = blk ? argc : argc - 1;
  int64_t n = A(self)->len, beg = 0, len = 0;
  if (na == 1 && is_range(a[0])) {
    RRange* rr = a[0].as<RRange>();
    beg = rr->begin.is_nil() ? 0 : to_long(vm, rr->begin);
    int64_t end = rr->end.is_nil() ? n : to_long(vm, rr->end);
    if (beg < 0) beg += n;
    if (beg < 0) vm.raise(vm.eRangeError, vm.inspect(a[0]) + " out of range");
    if (end < 0) end += n;
    if (!(a[0].heap()->flags & kFlagExcl) && !rr->end.is_nil()) ++end;
    len = end - beg;
  } else {
    beg = na > 0 && !a[0].is_nil() ? to_long(vm, a[0]) : 0;
    if (beg < 0) beg = std::max<int64_t>(0, beg + n);
    len = na > 1 && !a[1].is_nil() ? to_long(vm, a[1]) : n - beg;
  }
  if (len <= 0) return self;
  int64_t end = beg + len;
  if (end > A(self)->len) ary_store(vm, self, end - 1, Value::nil());
  for (int64_t i = beg; i < end; ++i) {
    Value v = blk ? vm.yield1(block, Value::fixnum(i)) : argv[0];
    if (i >= A(self)->len) break;
    ary_store(vm, self, i, v);
  }
  return self;
}
NATIVE(ary_frozen_dup) { UNUSED_ARGS; return ary_dup(vm, self); }

void init_array(Vm& vm) {
  RClass* c = vm.cArray;
  define_native(vm, singleton_class(vm, Value::object(c)), "new", ary_s_new, -1);
  define_native(vm, singleton_class(vm, Value::object(c)), "[]", ary_s_aref, -1);
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"initialize", ary_initialize, -1}, {"[]", ary_aref, -1}, {"slice", ary_aref, -1},
      {"[]=", ary_aset, -1}, {"at", ary_at_m, 1}, {"fetch", ary_fetch, -1},
      {"push", ary_push_m, -1}, {"append", ary_push_m, -1}, {"<<", ary_ltlt, 1},
      {"pop", ary_pop, -1}, {"shift", ary_shift, -1}, {"unshift", ary_unshift, -1},
      {"prepend", ary_unshift, -1}, {"insert", ary_insert, -1}, {"length", ary_length, 0},
      {"size", ary_length, 0}, {"empty?", ary_empty, 0}, {"first", ary_first, -1},
      {"last", ary_last, -1}, {"each", ary_each, 0}, {"each_index", ary_each_index, 0},
      {"reverse_each", ary_reverse_each, 0}, {"map", ary_map, 0}, {"collect", ary_map, 0},
      {"map!", ary_map_bang, 0}, {"collect!", ary_map_bang, 0}, {"select", ary_select, 0},
      {"filter", ary_select, 0}, {"reject", ary_reject, 0}, {"select!", ary_select_bang, 0},
      {"filter!", ary_select_bang, 0}, {"keep_if", ary_keep_if, 0},
      {"reject!", ary_reject_bang, 0}, {"delete_if", ary_delete_if, 0},
      {"inspect", ary_inspect, 0}, {"to_s", ary_inspect, 0}, {"join", ary_join, -1},
      {"==", ary_eq, 1}, {"eql?", ary_eql, 1}, {"hash", ary_hash, 0}, {"<=>", ary_cmp, 1},
      {"+", ary_plus, 1}, {"concat", ary_concat, -1}, {"*", ary_times, 1},
      {"include?", ary_include, 1}, {"-", ary_minus, 1}, {"difference", ary_difference, -1},
      {"index", ary_index, -1}, {"find_index", ary_index, -1}, {"rindex", ary_rindex, -1},
      {"reverse", ary_reverse, 0}, {"reverse!", ary_reverse_bang, 0}, {"sort", ary_sort, 0},
      {"sort!", ary_sort_bang, 0}, {"flatten", ary_flatten, -1},
      {"flatten!", ary_flatten_bang, -1}, {"compact", ary_compact, 0},
      {"compact!", ary_compact_bang, 0}, {"uniq", ary_uniq, 0}, {"uniq!", ary_uniq_bang, 0},
      {"delete", ary_delete, 1}, {"delete_at", ary_delete_at, 1}, {"clear", ary_clear_m, 0},
      {"replace", ary_replace, 1}, {"to_a", ary_to_a, 0}, {"entries", ary_to_a, 0},
      {"to_ary", ary_to_ary, 0}, {"slice!", ary_slice_bang, -1}, {"rotate", ary_rotate, -1},
      {"fill", ary_fill, -1}};
  for (auto& m : methods) define_native(vm, c, m.name, m.fn, m.arity);
  (void)ary_frozen_dup;
}

}  // namespace maglev::vm
