// RHash primitives (hash.h): insertion-ordered entries with an open-addressing index.
// Key hashing and equality have fast paths for String, Symbol, Integer and Float and
// otherwise call the key's #hash and #eql? (so user classes work as keys).
#include "vm/object/hash.h"

#include <cstring>
#include <functional>

#include "vm/object/numeric.h"
#include "vm/object/string.h"
#include "vm/runtime.h"

namespace maglev::vm {

static uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

static uint64_t key_hash(Vm& vm, RHash* h, Value k) {
  if (h->basic.flags & kFlagIdentity) return mix(k.bits());
  if (is_float(k)) {   // before immediates: flonums and boxed floats hash alike
    double d = float_value(k);
    if (d == 0.0) d = 0.0;   // 0.0.eql?(-0.0) in CRuby: one key
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return mix(bits ^ 0x5bd1e995);
  }
  if (k.is_fixnum() || k.is_symbol() || k.is_immediate()) return mix(k.bits());
  if (is_string(k)) return std::hash<std::string_view>{}(str_view(k));
  return vm.hash_of(k);
}

static bool key_eql(Vm& vm, RHash* h, Value a, Value b) {
  if (a == b) return true;
  if (h->basic.flags & kFlagIdentity) return false;
  if (a.is_fixnum() || a.is_symbol() || b.is_fixnum() || b.is_symbol()) return false;
  if (is_string(a) && is_string(b)) return str_view(a) == str_view(b);
  return vm.eql(a, b);
}

Value hash_new(Vm& vm) {
  auto* h = vm.heap.make<RHash>(HeapType::kHash, vm.cHash);
  h->table = new HashTable();
  h->ifnone = Value::nil();
  h->default_proc = Value::nil();
  return Value::object(h);
}

bool is_hash(Value v) { return v.is_heap() && v.heap()->type == HeapType::kHash; }
int64_t hash_size(Value h) { return hash_ptr(h)->table->size; }

static void rebuild_index(HashTable* t, size_t capacity) {
  // Compact the entries, then index them.
  std::vector<HashEntry> live;
  live.reserve(t->size);
  for (const HashEntry& e : t->entries)
    if (e.live) live.push_back(e);
  t->entries.swap(live);
  t->index.assign(capacity, 0);
  for (size_t i = 0; i < t->entries.size(); ++i) {
    size_t mask = capacity - 1;
    size_t pos = t->entries[i].hash & mask;
    while (t->index[pos] != 0) pos = (pos + 1) & mask;
    t->index[pos] = static_cast<int32_t>(i + 1);
  }
}

// Index position holding key, or -1; `free_pos` gets the insertion slot.
static int64_t find(Vm& vm, RHash* h, Value key, uint64_t hv, size_t* free_pos) {
  HashTable* t = h->table;
  if (t->index.empty()) {
    // Small tables: linear scan.
    for (size_t i = 0; i < t->entries.size(); ++i) {
      const HashEntry& e = t->entries[i];
      if (e.live && e.hash == hv && key_eql(vm, h, e.key, key)) return static_cast<int64_t>(i);
    }
    return -1;
  }
  size_t mask = t->index.size() - 1;
  size_t pos = hv & mask;
  bool have_free = false;
  for (;;) {
    int32_t slot = t->index[pos];
    if (slot == 0) {
      if (!have_free && free_pos) *free_pos = pos;
      return -1;
    }
    if (slot < 0) {
      if (!have_free && free_pos) {
        *free_pos = pos;
        have_free = true;
      }
    } else {
      const HashEntry& e = t->entries[slot - 1];
      if (e.live && e.hash == hv && key_eql(vm, h, e.key, key)) return slot - 1;
    }
    pos = (pos + 1) & mask;
  }
}

Value hash_lookup(Vm& vm, Value hv, Value key) {
  RHash* h = hash_ptr(hv);
  int64_t i = find(vm, h, key, key_hash(vm, h, key), nullptr);
  return i < 0 ? Value::undef() : h->table->entries[i].value;
}

Value hash_aref(Vm& vm, Value hv, Value key) {
  Value v = hash_lookup(vm, hv, key);
  if (!v.is_undef()) return v;
  RHash* h = hash_ptr(hv);
  if (!h->default_proc.is_nil()) {
    Value args[2] = {hv, key};
    return vm.call_proc(h->default_proc.as<RProc>(), h->default_proc.as<RProc>()->self, 2, args,
                        Value::nil());
  }
  if (h->basic.klass != vm.cHash) {
    MethodEntry* me = find_method(h->basic.klass, intern("default"));
    if (me && me->owner != vm.cHash) return vm.call(hv, intern("default"), {key});
  }
  return h->ifnone;
}

void hash_aset(Vm& vm, Value hv, Value key, Value value) {
  RHash* h = hash_ptr(hv);
  write_barrier(&h->basic);
  HashTable* t = h->table;
  uint64_t code = key_hash(vm, h, key);
  size_t free_pos = 0;
  int64_t i = find(vm, h, key, code, &free_pos);
  if (i >= 0) {
    t->entries[i].value = value;
    return;
  }
  if (is_string(key) && !key.heap()->frozen() && !(h->basic.flags & kFlagIdentity)) {
    key = str_dup(vm, key);
    key.heap()->flags |= kFlagFrozen;
  }
  t->entries.push_back(HashEntry{key, value, code, true});
  ++t->size;
  if (t->index.empty()) {
    if (t->entries.size() > 8) rebuild_index(t, 32);
    return;
  }
  if (t->entries.size() * 2 > t->index.size()) {
    size_t cap = 32;
    while (cap < static_cast<size_t>(t->size) * 4) cap *= 2;
    rebuild_index(t, cap);
    return;
  }
  t->index[free_pos] = static_cast<int32_t>(t->entries.size());
}

Value hash_delete(Vm& vm, Value hv, Value key) {
  RHash* h = hash_ptr(hv);
  HashTable* t = h->table;
  uint64_t code = key_hash(vm, h, key);
  int64_t i = find(vm, h, key, code, nullptr);
  if (i < 0) return Value::undef();
  write_barrier(&h->basic);
  Value v = t->entries[i].value;
  t->entries[i].live = false;
  t->entries[i].key = Value::nil();
  t->entries[i].value = Value::nil();
  --t->size;
  if (!t->index.empty()) {
    size_t mask = t->index.size() - 1;
    for (size_t pos = code & mask;; pos = (pos + 1) & mask) {
      if (t->index[pos] == static_cast<int32_t>(i + 1)) {
        t->index[pos] = -1;
        break;
      }
      if (t->index[pos] == 0) break;
    }
  }
  if (t->size == 0) {
    t->entries.clear();
    t->index.clear();
  }
  return v;
}

void hash_clear(Value hv) {
  write_barrier(hv.heap());
  HashTable* t = hash_ptr(hv)->table;
  t->entries.clear();
  t->index.clear();
  t->size = 0;
}

void hash_rehash(Vm& vm, Value hv) {
  RHash* h = hash_ptr(hv);
  std::vector<HashEntry> old;
  for (const HashEntry& e : h->table->entries)
    if (e.live) old.push_back(e);
  hash_clear(hv);
  for (const HashEntry& e : old) hash_aset(vm, hv, e.key, e.value);
}

Value hash_dup(Vm& vm, Value hv) {
  Value d = hash_new(vm);
  RHash* src = hash_ptr(hv);
  RHash* dst = hash_ptr(d);
  *dst->table = *src->table;
  dst->ifnone = src->ifnone;
  dst->default_proc = src->default_proc;
  dst->basic.flags |= src->basic.flags & kFlagIdentity;
  return d;
}

}  // namespace maglev::vm
