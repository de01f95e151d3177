// WeakTable: (key, value) pairs that the collector does not keep alive. A collection
// drops each pair whose key or value died (after marking, before sweeping), so a pair
// lives exactly as long as both its members are reachable otherwise. Keys compare by
// identity. ObjectSpace::WeakMap and WeakRef are built on it (core/weak_map.cc).
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vm/object/value.h"

namespace maglev::vm {

class Heap;

class WeakTable {
 public:
  explicit WeakTable(Heap& heap);   // registers with the heap's collector
  ~WeakTable();
  WeakTable(const WeakTable&) = delete;
  WeakTable& operator=(const WeakTable&) = delete;

  Value get(Value key) const;   // undef when absent
  void set(Value key, Value value);
  bool contains(Value key) const { return index_.count(key.bits()) != 0; }
  size_t size() const { return entries_.size(); }
  // The pairs in insertion order.
  const std::vector<std::pair<Value, Value>>& entries() const { return entries_; }

  // Drops the pairs with a member that `dead` reports (the collector calls it).
  template <typename Dead>
  size_t prune(Dead dead) {
    size_t kept = 0;
    for (const auto& e : entries_)
      if (!dead(e.first) && !dead(e.second)) entries_[kept++] = e;
    size_t dropped = entries_.size() - kept;
    if (dropped != 0) {
      entries_.resize(kept);
      reindex();
    }
    return dropped;
  }

 private:
  void reindex();

  Heap& heap_;
  std::vector<std::pair<Value, Value>> entries_;
  std::unordered_map<uint64_t, size_t> index_;   // key bits -> position in entries_
};

}  // namespace maglev::vm
