// OopMap: object id -> this VM's local copy, for the Store's table of every persistent
// object loaded or written (a million entries for a large graph). Open addressing with
// linear probing in one flat array (no allocation per entry; freeing it is one free);
// erase shifts the following entries back, so there are no tombstones. Ids are never 0
// (txn never allocates it), which marks an empty slot. Ids come in runs (a graph is
// written and read in id order), so the hash keeps each aligned group of 4 consecutive
// ids in one 64-byte line, and a large table asks for huge pages: a lookup in a 32 MB
// table is then not a cache miss plus a page walk per id. Internal to src/vm/persist.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <utility>

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

  // Zeroed slots: from calloc when small, else straight from mmap (zero pages, no
  // memset) with huge pages asked for.
  class Slots {
   public:
    Slots() = default;
    explicit Slots(size_t n) : n_(n), mapped_(n * sizeof(Slot) >= kHuge) {
      size_t bytes = n * sizeof(Slot);
      void* p;
      if (mapped_) {
        p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) throw std::bad_alloc();
        ::madvise(p, bytes, MADV_HUGEPAGE);
      } else {
        p = std::calloc(n, sizeof(Slot));
        if (p == nullptr) throw std::bad_alloc();
      }
      p_ = static_cast<Slot*>(p);
    }
    Slots(const Slots&) = delete;
    Slots& operator=(const Slots&) = delete;
    void swap(Slots& o) noexcept {
      std::swap(p_, o.p_);
      std::swap(n_, o.n_);
      std::swap(mapped_, o.mapped_);
    }
    ~Slots() {
      if (p_ == nullptr) return;
      if (mapped_) ::munmap(p_, n_ * sizeof(Slot));
      else std::free(p_);
    }
    size_t size() const { return n_; }
    bool empty() const { return n_ == 0; }
    Slot& operator[](size_t i) { return p_[i]; }
    const Slot& operator[](size_t i) const { return p_[i]; }
    const Slot* begin() const { return p_; }
    const Slot* end() const { return p_ + n_; }

   private:
    static constexpr size_t kHuge = 2u << 20;
    Slot* p_ = nullptr;
    size_t n_ = 0;
    bool mapped_ = false;
  };

  size_t mask() const { return slots_.size() - 1; }
  size_t home(uint64_t oop) const {
    uint64_t group = (oop >> 2) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(((group >> 20) << 2) | (oop & 3)) & mask();
  }
  void grow() {
    Slots old(slots_.empty() ? 64 : slots_.size() * 2);
    slots_.swap(old);   // old now holds the previous slots
    size_ = 0;
    for (const Slot& s : old)
      if (s.oop != 0) put(s.oop, s.obj);
  }

  Slots slots_;
  size_t size_ = 0;
};

}  // namespace maglev::vm::persist
