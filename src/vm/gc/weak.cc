// WeakTable (see gc/weak.h): lookups and the registration with the collector.
#include "vm/gc/weak.h"

#include "vm/gc/heap.h"

namespace maglev::vm {

WeakTable::WeakTable(Heap& heap) : heap_(heap) { heap_.add_weak_table(this); }

WeakTable::~WeakTable() { heap_.remove_weak_table(this); }

Value WeakTable::get(Value key) const {
  auto it = index_.find(key.bits());
  return it == index_.end() ? Value::undef() : entries_[it->second].second;
}

void WeakTable::set(Value key, Value value) {
  auto [it, added] = index_.try_emplace(key.bits(), entries_.size());
  if (added) entries_.emplace_back(key, value);
  else entries_[it->second].second = value;
}

void WeakTable::reindex() {
  index_.clear();
  for (size_t i = 0; i < entries_.size(); ++i) index_.emplace(entries_[i].first.bits(), i);
}

}  // namespace maglev::vm
