// OopMap: object id -> this VM's local copy, for the Store's table of every persistent
// object loaded or written (a million entries for a large graph). Open addressing with
// linear probing in one flat array (no allocation per entry; freeing it is one free);
// erase shifts the following entries back, so there are no tombstones. Ids are never 0
// (txn never allocates it), which marks an empty slot. Internal to src/vm/persist.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace maglev::vm {
struct RBasic;
}

namespace maglev::vm::persist {

class OopMap {
 public:
  // The local copy of `oop`, or nullptr.
  RBasic* get(uint64_t oop) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = home(oop);; i = (i + 1) & mask()) {
      if (slots_[i].oop == oop) return slots_[i].obj;
      if (slots_[i].oop == 0) return nullptr;
    }
  }
  bool contains(uint64_t oop) const { return get(oop) != nullptr; }

  // Sets the copy of `oop` (replacing one already there). REQUIRES: oop != 0, o != nullptr.
  void put(uint64_t oop, RBasic* o) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    for (size_t i = home(oop);; i = (i + 1) & mask()) {
      if (slots_[i].oop == oop) {
        slots_[i].obj = o;
        return;
      }
      if (slots_[i].oop == 0) {
        slots_[i] = Slot{oop, o};
        ++size_;
        return;
      }
    }
  }

  void erase(uint64_t oop) {
    if (slots_.empty()) return;
    size_t i = home(oop);
    while (slots_[i].oop != oop) {
      if (slots_[i].oop == 0) return;
      i = (i + 1) & mask();
    }
    // Backward shift: move later entries of the probe run into the hole when their home
    // position does not lie cyclically in (hole, j].
    for (size_t j = (i + 1) & mask();; j = (j + 1) & mask()) {
      if (slots_[j].oop == 0) break;
      size_t h = home(slots_[j].oop);
      bool stays = i <= j ? (i < h && h <= j) : (i < h || h <= j);
      if (stays) continue;
      slots_[i] = slots_[j];
      i = j;
    }
    slots_[i] = Slot{};
    --size_;
  }

  size_t size() const { return size_; }

  // Calls f(oop, obj) for every entry. f must not change the map.
  template <class F>
  void for_each(F&& f) const {
    for (const Slot& s : slots_)
      if (s.oop != 0) f(s.oop, s.obj);
  }

 private:
  struct Slot {
    uint64_t oop = 0;
    RBasic* obj = nullptr;
  };

  size_t mask() const { return slots_.size() - 1; }
  size_t home(uint64_t oop) const {
    return static_cast<size_t>((oop * 0x9E3779B97F4A7C15ull) >> 20) & mask();
  }
  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old)
      if (s.oop != 0) put(s.oop, s.obj);
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace maglev::vm::persist
