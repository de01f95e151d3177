// RHash primitives for C++ code: an insertion-ordered hash table keyed by Ruby's
// hash/eql? (fast paths for String, Symbol, Integer, Float keys; identity mode for
// compare_by_identity). Ruby's Hash methods are in core/hash.cc.
#pragma once

#include <cstdint>
#include <vector>

#include "vm/object/objects.h"

namespace maglev::vm {

struct Vm;

struct HashEntry {
  Value key;
  Value value;
  uint64_t hash;
  bool live;
};

struct HashTable {
  std::vector<HashEntry> entries;   // insertion order, with tombstones
  std::vector<int32_t> index;       // open addressing: entry index + 1, 0 empty, -1 deleted
  int64_t size = 0;
};

Value hash_new(Vm& vm);
inline RHash* hash_ptr(Value v) { return v.as<RHash>(); }
bool is_hash(Value v);
int64_t hash_size(Value h);
// The value for key, or undef when absent (no default applied).
Value hash_lookup(Vm& vm, Value h, Value key);
// h[key] with the default value/proc applied.
Value hash_aref(Vm& vm, Value h, Value key);
// h[key] = value (String keys are copied and frozen as Ruby does).
void hash_aset(Vm& vm, Value h, Value key, Value value);
// Removes key; returns its value or undef.
Value hash_delete(Vm& vm, Value h, Value key);
void hash_clear(Value h);
void hash_rehash(Vm& vm, Value h);
Value hash_dup(Vm& vm, Value h);
// Calls f(key, value) for each live entry in order (safe against deletion).
template <typename F>
void hash_each(Value h, F&& f) {
  HashTable* t = hash_ptr(h)->table;
  for (size_t i = 0; i < t->entries.size(); ++i) {
    if (!t->entries[i].live) continue;
    HashEntry e = t->entries[i];
    f(e.key, e.value);
  }
}

}  // namespace maglev::vm
