// Random, Kernel#rand/srand: CRuby's Mersenne Twister (MT19937) with CRuby's seeding
// (init_genrand for seeds below 2**32, init_by_array otherwise) and its ways of turning
// 32-bit outputs into floats, bounded integers and bytes, so a seed gives the numbers
// CRuby 3.1 gives. The default generator (Kernel#rand, Random.rand, Array#shuffle) is a
// Random instance kept in a hidden ivar of the Random class. Random.urandom and
// Random.new_seed read the operating system's randomness (getrandom(2)).
#include <sys/random.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

// MT19937, the reference algorithm of Matsumoto and Nishimura.
class Mt {
 public:
  void init_genrand(uint32_t s) {
    state_[0] = s;
    for (int j = 1; j < kN; ++j)
      state_[j] = 1812433253U * (state_[j - 1] ^ (state_[j - 1] >> 30)) + static_cast<uint32_t>(j);
    index_ = kN;
  }

  void init_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218U);
    int i = 1;
    size_t j = 0;
    for (size_t k = std::max<size_t>(kN, key.size()); k; --k) {
      state_[i] = (state_[i] ^ ((state_[i - 1] ^ (state_[i - 1] >> 30)) * 1664525U)) + key[j] +
                  static_cast<uint32_t>(j);
      ++i;
      ++j;
      if (i >= kN) {
        state_[0] = state_[kN - 1];
        i = 1;
      }
      if (j >= key.size()) j = 0;
    }
    for (int k = kN - 1; k; --k) {
      state_[i] = (state_[i] ^ ((state_[i - 1] ^ (state_[i - 1] >> 30)) * 1566083941U)) -
                  static_cast<uint32_t>(i);
      ++i;
      if (i >= kN) {
        state_[0] = state_[kN - 1];
        i = 1;
      }
    }
    state_[0] = 0x80000000U;
    index_ = kN;
  }

  uint32_t next32() {
    if (index_ >= kN) twist();
    uint32_t y = state_[index_++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
  }

  bool operator==(const Mt& o) const {
    return index_ == o.index_ && std::equal(state_, state_ + kN, o.state_);
  }

 private:
  static constexpr int kN = 624, kM = 397;
  static uint32_t twist_one(uint32_t u, uint32_t v) {
    uint32_t mixed = (u & 0x80000000U) | (v & 0x7fffffffU);
    return (mixed >> 1) ^ ((v & 1U) ? 0x9908b0dfU : 0U);
  }
  void twist() {
    for (int k = 0; k < kN; ++k)
      state_[k] = state_[(k + kM) % kN] ^ twist_one(state_[k], state_[(k + 1) % kN]);
    index_ = 0;
  }
  uint32_t state_[kN] = {};
  int index_ = kN;
};

struct RandomRec {
  Mt mt;
  Value seed = Value::fixnum(0);
};

void random_mark(void* data, void (*mark)(Value)) { mark(static_cast<RandomRec*>(data)->seed); }
void random_free(void* data) { delete static_cast<RandomRec*>(data); }
const DataType kRandomType = {"random", random_mark, random_free};

bool is_random(Value v) {
  return v.is_heap() && v.heap()->type == HeapType::kData && v.as<RData>()->dtype == &kRandomType;
}
RandomRec* rec_of(Value v) { return static_cast<RandomRec*>(v.as<RData>()->data); }

// The 32-bit words of |v|, least significant first (at least one).
std::vector<uint32_t> abs_words(Value v) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  mpz_abs(z, z);
  size_t count = 0;
  std::vector<uint32_t> w((mpz_sizeinbase(z, 2) + 31) / 32 + 1, 0);
  mpz_export(w.data(), &count, -1, sizeof(uint32_t), 0, 0, z);
  mpz_clear(z);
  w.resize(std::max<size_t>(count, 1));
  return w;
}

Value int_of_words(Vm& vm, const std::vector<uint32_t>& w) {
  mpz_t z;
  mpz_init(z);
  mpz_import(z, w.size(), -1, sizeof(uint32_t), 0, 0, w.data());
  Value out = int_from_mpz(vm, z);
  mpz_clear(z);
  return out;
}

void seed_rec(Vm& vm, RandomRec* r, Value seed) {
  seed = to_integer(vm, seed);
  std::vector<uint32_t> key = abs_words(seed);
  if (key.size() > 1 && key.back() == 1) key.pop_back();   // CRuby's leading-zero guard
  if (key.size() <= 1) r->mt.init_genrand(key[0]);
  else r->mt.init_by_array(key);
  r->seed = seed;
}

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

Value new_seed(Vm& vm) {
  std::string b = os_random(vm, 16);
  std::vector<uint32_t> w(4);
  std::memcpy(w.data(), b.data(), 16);
  return int_of_words(vm, w);
}

Value make_random(Vm& vm, RClass* klass, Value seed) {
  auto* d = vm.heap.make<RData>(HeapType::kData, klass);
  d->dtype = &kRandomType;
  d->data = new RandomRec;
  Value self = Value::object(d);
  seed_rec(vm, rec_of(self), seed);
  return self;
}

// The default generator (what Kernel#rand uses).
RandomRec* default_rec(Vm& vm) {
  return rec_of(vm.ivar_get(Value::object(vm.cRandom), intern("__default")));
}

// [0, 1) with 53 bits (genrand_res53), or [0, 1] when inclusive.
double real(RandomRec* r, bool excl) {
  uint32_t a = r->mt.next32(), b = r->mt.next32();
  if (excl) return ((a >> 5) * 67108864.0 + (b >> 6)) * (1.0 / 9007199254740992.0);
  unsigned __int128 x = (static_cast<unsigned __int128>((static_cast<uint64_t>(a) << 32) | b) *
                         ((static_cast<uint64_t>(1) << 53) + 1)) >> 64;
  return std::ldexp(static_cast<double>(static_cast<uint64_t>(x)), -53);
}

uint32_t mask_of(uint32_t x) {
  for (int s = 1; s < 32; s <<= 1) x |= x >> s;
  return x;
}

// A uniform integer in [0, limit] (limit >= 0): words drawn most significant first,
// retrying as soon as the prefix exceeds the limit's (CRuby's limited_rand).
Value limited(Vm& vm, RandomRec* r, Value limit) {
  if (limit.is_fixnum() && limit.fixnum_value() <= 0xffffffffLL) {
    auto lim = static_cast<uint32_t>(limit.fixnum_value());
    if (lim == 0) return Value::fixnum(0);
    uint32_t mask = mask_of(lim), v;
    do v = r->mt.next32() & mask;
    while (v > lim);
    return Value::fixnum(v);
  }
  std::vector<uint32_t> lim = abs_words(limit), out(lim.size());
retry:
  uint32_t mask = 0;
  bool boundary = true;
  for (size_t i = lim.size(); i-- > 0;) {
    uint32_t v = 0;
    mask = mask ? 0xffffffffU : mask_of(lim[i]);
    if (mask) {
      v = r->mt.next32() & mask;
      if (boundary) {
        if (v > lim[i]) goto retry;
        if (v < lim[i]) boundary = false;
      }
    }
    out[i] = v;
  }
  return int_of_words(vm, out);
}

bool int_negative(Value v) { return v.is_fixnum() ? v.fixnum_value() < 0 : mpz_sgn(v.as<RBignum>()->z) < 0; }
bool int_zero(Value v) { return v.is_fixnum() && v.fixnum_value() == 0; }

// rand(Integer): nil when max is 0, or negative and restrictive (Random#rand).
Value rand_int(Vm& vm, RandomRec* r, Value max, bool restrictive) {
  if (int_zero(max)) return Value::nil();
  if (int_negative(max)) {
    if (restrictive) return Value::nil();
    max = vm.call(max, intern("-@"));
  }
  return limited(vm, r, vm.call(max, intern("-"), {Value::fixnum(1)}));
}

[[noreturn]] void domain_error(Vm& vm) {
  Value edom = vm.const_get(vm.mErrno, intern("EDOM"));
  vm.raise(as_class(edom), "Numerical argument out of domain");
}

double finite_value(Vm& vm, Value f) {
  double d = float_value(f);
  if (!std::isfinite(d)) domain_error(vm);
  return d;
}

Value check_to_int(Vm& vm, Value v) {
  if (is_integer(v)) return v;
  if (is_float(v) || !vm.respond_to(v, intern("to_int"), true)) return Value::nil();
  return to_integer(vm, v);
}
Value check_to_float(Vm& vm, Value v) {
  if (is_float(v)) return v;
  if (!vm.is_a(v, vm.cNumeric)) return Value::nil();
  return float_new(vm, vm.to_double(v));
}

// rand(Range); false when v is not a Range, nil when it is empty.
Value rand_range(Vm& vm, RandomRec* r, Value range) {
  if (!is_range(range)) return Value::f();
  Value beg = range.as<RRange>()->begin, end = range.as<RRange>()->end;
  bool excl = range.heap()->flags & kFlagExcl;
  if (beg.is_nil() || end.is_nil()) domain_error(vm);
  Value vmax = vm.call(end, intern("-"), {beg});
  Value v = Value::nil();
  Value iv = is_float(vmax) ? Value::nil() : check_to_int(vm, vmax);
  if (!iv.is_nil()) {
    if (excl) iv = vm.call(iv, intern("-"), {Value::fixnum(1)});
    if (!int_negative(iv)) v = limited(vm, r, iv);
  } else if (Value fv = check_to_float(vm, vmax); !fv.is_nil()) {
    double max = float_value(fv), mid = 0.5;
    int scale = 1;
    if (std::isinf(max)) {
      double lo = finite_value(vm, check_to_float(vm, beg)) / 2.0;
      max = finite_value(vm, check_to_float(vm, end)) / 2.0;
      scale = 2;
      mid = max + lo;
      max -= lo;
    } else if (std::isnan(max)) {
      domain_error(vm);
    }
    if (max > 0.0) {
      double x = real(r, excl);
      if (scale > 1) return float_new(vm, (x - 0.5) * max * scale + mid);
      v = float_new(vm, x * max);
    } else if (max == 0.0 && !excl) {
      v = float_new(vm, 0.0);
    }
  }
  if (v.is_nil()) return v;
  if (is_float(v)) {
    Value fb = check_to_float(vm, beg);
    if (!fb.is_nil()) return float_new(vm, float_value(v) + float_value(fb));
  }
  return vm.call(beg, intern("+"), {v});
}

// Random#rand / Random.rand: nil for an invalid argument.
Value rand_random(Vm& vm, RandomRec* r, int argc, const Value* argv) {
  check_args(vm, argc, 0, 1);
  if (argc == 0) return float_new(vm, real(r, true));
  Value vmax = argv[0];
  if (vmax.is_nil()) return Value::nil();
  if (!is_float(vmax)) {
    Value iv = check_to_int(vm, vmax);
    if (!iv.is_nil()) return rand_int(vm, r, iv, true);
  }
  Value fv = check_to_float(vm, vmax);
  if (!fv.is_nil()) {
    double max = finite_value(vm, fv);
    if (max < 0.0) return Value::nil();
    double x = real(r, true);
    return float_new(vm, max > 0.0 ? x * max : x);
  }
  Value v = rand_range(vm, r, vmax);
  if (v == Value::f()) {
    to_long(vm, vmax);   // raises TypeError
    return Value::nil();
  }
  return v;
}

Value checked_rand(Vm& vm, RandomRec* r, int argc, const Value* argv) {
  Value v = rand_random(vm, r, argc, argv);
  if (v.is_nil()) {
    std::string s = argv[0].is_nil() ? "" : vm.inspect(argv[0]);
    vm.raise(vm.eArgumentError, "invalid argument - " + s);
  }
  return v;
}

std::string bytes(RandomRec* r, int64_t n) {
  std::string out;
  out.reserve(static_cast<size_t>(n));
  for (; n >= 4; n -= 4) {
    uint32_t x = r->mt.next32();
    for (int i = 0; i < 4; ++i, x >>= 8) out.push_back(static_cast<char>(x & 0xff));
  }
  if (n > 0) {
    uint32_t x = r->mt.next32();
    for (; n > 0; --n, x >>= 8) out.push_back(static_cast<char>(x & 0xff));
  }
  return out;
}

int64_t byte_count(Vm& vm, Value v) {
  int64_t n = to_long(vm, v);
  if (n < 0) vm.raise(vm.eArgumentError, "negative string size (or size too big)");
  return n;
}

RandomRec* rec_checked(Vm& vm, Value self) {
  if (!is_random(self)) vm.raise_type(self, "Random");
  return rec_of(self);
}

NATIVE(random_s_new) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  return make_random(vm, self.as<RClass>(), argc ? argv[0] : new_seed(vm));
}
NATIVE(random_rand) { UNUSED_ARGS; return checked_rand(vm, rec_checked(vm, self), argc, argv); }
NATIVE(random_bytes) {
  UNUSED_ARGS;
  return str_new_binary(vm, bytes(rec_checked(vm, self), byte_count(vm, argv[0])));
}
NATIVE(random_seed) { UNUSED_ARGS; return rec_checked(vm, self)->seed; }
NATIVE(random_eq) {
  UNUSED_ARGS;
  if (!is_random(argv[0]) || vm.class_of(argv[0]) != vm.class_of(self)) return Value::f();
  RandomRec *a = rec_of(self), *b = rec_of(argv[0]);
  return Value::boolean(a->mt == b->mt && vm.call(a->seed, intern("=="), {b->seed}).truthy());
}
// dup and clone: a generator in the same state.
NATIVE(random_dup) {
  UNUSED_ARGS;
  RandomRec* from = rec_checked(vm, self);
  Value copy = make_random(vm, real_class(vm.class_of(self)), Value::fixnum(0));
  *rec_of(copy) = *from;
  return copy;
}
NATIVE(random_s_rand) { UNUSED_ARGS; return checked_rand(vm, default_rec(vm), argc, argv); }
NATIVE(random_s_bytes) {
  UNUSED_ARGS;
  return str_new_binary(vm, bytes(default_rec(vm), byte_count(vm, argv[0])));
}
NATIVE(random_s_seed) { UNUSED_ARGS; return default_rec(vm)->seed; }
NATIVE(random_s_urandom) {
  UNUSED_ARGS;
  return str_new_binary(vm, os_random(vm, to_long(vm, argv[0])));
}
NATIVE(random_s_new_seed) { UNUSED_ARGS; return new_seed(vm); }

// Random.__upto(gen, n): a uniform integer in [0, n) from gen (the Random class: the
// default generator; a Random; anything else: gen.rand(n), range-checked), as Array's
// shuffle and sample draw them (CRuby's rb_random_ulong_limited).
NATIVE(random_s_upto) {
  UNUSED_ARGS;
  Value gen = argv[0];
  Value limit = vm.call(argv[1], intern("-"), {Value::fixnum(1)});
  if (gen == Value::object(vm.cRandom)) return limited(vm, default_rec(vm), limit);
  if (is_random(gen)) return limited(vm, rec_of(gen), limit);
  Value v = to_integer(vm, vm.call(gen, intern("rand"), {argv[1]}));
  if (int_negative(v)) vm.raise(vm.eRangeError, "random number too small " + vm.to_s(v));
  if (vm.call(v, intern(">"), {limit}).truthy())
    vm.raise(vm.eRangeError, "random number too big " + vm.to_s(v));
  return v;
}

NATIVE(k_rand) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  RandomRec* r = default_rec(vm);
  if (argc > 0 && !argv[0].is_nil()) {
    Value v = rand_range(vm, r, argv[0]);
    if (v != Value::f()) return v;  // nil for an empty range, as CRuby's rb_f_rand
    Value max = to_integer(vm, argv[0]);
    if (!int_zero(max)) {
      v = rand_int(vm, r, max, false);
      if (!v.is_nil()) return v;
    }
  }
  return float_new(vm, real(r, true));
}
NATIVE(k_srand) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  RandomRec* r = default_rec(vm);
  Value old = r->seed;
  seed_rec(vm, r, argc ? argv[0] : new_seed(vm));
  return old;
}

}  // namespace

void init_random(Vm& vm) {
  RClass* c = vm.cRandom;
  RClass* s = singleton_class(vm, Value::object(c));
  define_native(vm, s, "new", random_s_new, -1);
  define_native(vm, s, "rand", random_s_rand, -1);
  define_native(vm, s, "random_number", random_s_rand, -1);
  define_native(vm, s, "bytes", random_s_bytes, 1);
  define_native(vm, s, "seed", random_s_seed, 0);
  define_native(vm, s, "srand", k_srand, -1);
  define_native(vm, s, "urandom", random_s_urandom, 1);
  define_native(vm, s, "new_seed", random_s_new_seed, 0);
  define_native(vm, s, "__upto", random_s_upto, 2);
  define_native(vm, c, "rand", random_rand, -1);
  define_native(vm, c, "random_number", random_rand, -1);
  define_native(vm, c, "bytes", random_bytes, 1);
  define_native(vm, c, "seed", random_seed, 0);
  define_native(vm, c, "==", random_eq, 1);
  define_native(vm, c, "dup", random_dup, 0);
  define_native(vm, c, "clone", random_dup, -1);
  vm.const_set(c, intern("DEFAULT"), Value::object(c));
  vm.ivar_set(Value::object(c), intern("__default"), make_random(vm, c, new_seed(vm)));
  RClass* k = vm.mKernel;
  define_native(vm, k, "rand", k_rand, -1, Visibility::kPrivate);
  define_native(vm, k, "srand", k_srand, -1, Visibility::kPrivate);
  define_native(vm, singleton_class(vm, Value::object(k)), "rand", k_rand, -1);
  define_native(vm, singleton_class(vm, Value::object(k)), "srand", k_srand, -1);
}

}  // namespace maglev::vm
