// The VM-local heap: fixed-size slots in aligned pages, grouped by size class, and a
// non-moving mark-and-sweep collector. Marking is precise for heap objects, the VM
// stack and registered roots, and conservative for the machine stack (a word that
// points at a live slot keeps it alive), so native methods may hold Values in C++
// locals. Values kept in C++ heap containers must be registered (RootScope).
// Single-threaded: only the VM's thread allocates or collects. Weak tables (gc/weak.h)
// are pruned between marking and sweeping.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

#include "vm/object/objects.h"

namespace maglev::vm {

class WeakTable;

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Slot sizes; an object takes the smallest that holds it.
  static constexpr size_t kSizeClasses[] = {32, 48, 56, 64, 80, 96, 128, 160, 256};
  static constexpr int kClassCount = sizeof(kSizeClasses) / sizeof(kSizeClasses[0]);
  static constexpr int size_class_of(size_t size) {
    for (int i = 0; i < kClassCount; ++i)
      if (size <= kSizeClasses[i]) return i;
    return -1;
  }

  // Allocates a zero-filled object of `size` bytes with type and class set. May
  // collect first. Never returns nullptr (aborts on out-of-memory). The common case
  // (a free slot, no collection due) is inline.
  RBasic* allocate(size_t size, HeapType type, RClass* klass) {
    int cls = size_class_of(size);
    FreeSlot* slot = cls >= 0 ? free_lists_[cls] : nullptr;
    if (slot == nullptr || allocated_since_gc_ >= alloc_limit_) [[unlikely]]
      return allocate_slow(size, type, klass);
    free_lists_[cls] = slot->next;
    std::memset(static_cast<void*>(slot), 0, kSizeClasses[cls]);
    auto* o = reinterpret_cast<RBasic*>(slot);
    o->type = type;
    o->klass = klass;
    ++allocated_since_gc_;
    ++live_;
    return o;
  }
  template <typename T>
  T* make(HeapType type, RClass* klass) {
    return reinterpret_cast<T*>(allocate(sizeof(T), type, klass));
  }

  // Growth policy. A collection is due when the objects allocated since the last one
  // reach max(kMinThreshold, live objects after it), or the out-of-line bytes allocated
  // since then reach max(kMinExternal, such bytes still owned by live objects); and,
  // before a size class with no free slot takes untouched ones (growing the resident
  // heap), when max(kMinThreshold, live / 4) objects were allocated since then
  // (grow_gate_). A page a sweep finds with nothing live goes back to a pool that any
  // size class takes from before mapping a new page (and then without the gate: it is
  // resident already), so garbage of one size does not leave memory that only that size
  // can use. So the heap stays within about 1.25 times what is live, the buffers
  // within twice. The minimums keep small programs from collecting all the time; they
  // are low because a full collection of a small heap is cheap (CRuby starts with 10,000
  // slots and a 16 MB malloc limit). On binary_trees the gate (at live / 2) cost +0.9%
  // instructions and saved a quarter of the peak RSS; at live / 4 with the page pool,
  // string_build's peak RSS falls from 57 to 44 MB (callgrind: binary_trees +0.3%,
  // string_build +1.1%, hash_ops +1.0% instructions).
  static constexpr size_t kMinThreshold = 32768;
  static constexpr int64_t kMinExternal = 8 << 20;

  // Out-of-line bytes owned by objects (string/array buffers, bignum limbs): counted so
  // that collections also happen when objects are few but large. The sweeper subtracts
  // what free_object_payload releases.
  void note_external(int64_t delta) {
    external_since_gc_ += delta;
    external_live_ += delta;
    if (external_since_gc_ >= external_threshold_) alloc_limit_ = 0;   // collect next
  }

  // The root-set provider (the VM): called at each collection to mark its roots.
  void set_root_marker(std::function<void()> marker) { root_marker_ = std::move(marker); }
  // The base (highest address) of the machine stack to scan conservatively.
  void set_stack_base(const void* base) { stack_base_ = base; }

  // Marking: the already-marked case (most references, every object's class) is inline.
  void mark_value(Value v) {
    if (v.is_heap()) mark_object(v.heap());
  }
  void mark_object(RBasic* o) {
    if (o != nullptr && !o->gc_mark) mark_unmarked(o);
  }
  // Why a collection ran (GC.latest_gc_info): the object budget, the buffer budget,
  // an explicit GC.start, or GC.stress.
  enum class Reason : uint8_t { kNewObj, kMalloc, kMethod, kStress };
  void collect(Reason why = Reason::kMethod);
  void set_stress(bool on) {   // collect on every allocation (tests)
    stress_ = on;
    alloc_limit_ = on ? 0 : threshold_;
  }
  bool stressed() const { return stress_; }
  void disable() { ++disabled_; }
  void enable() { --disabled_; }
  // `n` objects just allocated are known to stay reachable (persistent objects read into
  // the store's table): they stop counting toward the next collection, and its
  // threshold grows as if one had just run, so reading a large graph is not followed by
  // a collection that only marks it.
  void note_retained(size_t n) {
    allocated_since_gc_ -= std::min(n, allocated_since_gc_);
    threshold_ = std::max(threshold_, live_);
    if (alloc_limit_ != 0) alloc_limit_ = threshold_;
  }

  // True when `p` points at the start of a live slot (the conservative test).
  bool is_object(const void* p) const;
  // The size of the slot holding object `o` (0 when `o` is not in this heap).
  size_t slot_size_of(const RBasic* o) const;
  // Calls f on each live object (ObjectSpace.each_object).
  void each_object(const std::function<void(RBasic*)>& f);

  size_t live_objects() const { return live_; }
  size_t collections() const { return collections_; }
  // Cumulative figures for GC.stat and GC.latest_gc_info.
  struct Stats {
    size_t freed = 0;        // objects the sweeps released
    size_t marked = 0;       // objects the last collection found live
    uint64_t time_ns = 0;    // spent in collect()
    Reason last = Reason::kNewObj;
  };
  const Stats& stats() const { return stats_; }
  size_t total_allocated() const { return stats_.freed + live_; }
  // Slots in the pages mapped so far (live, free or not yet carved), and those pages.
  size_t available_slots() const;
  size_t page_count() const { return pages_.size(); }
  size_t empty_page_count() const { return empty_pages_.size(); }
  // Bytes of buffers noted (note_external) and not yet released, and the buffer budget.
  int64_t external_live() const { return external_live_; }
  int64_t external_since_gc() const { return external_since_gc_; }
  int64_t external_threshold() const { return external_threshold_; }

  // Weak tables register for the whole of their life (gc/weak.cc).
  void add_weak_table(WeakTable* t) { weak_tables_.push_back(t); }
  void remove_weak_table(WeakTable* t) {
    weak_tables_.erase(std::find(weak_tables_.begin(), weak_tables_.end(), t));
  }

  // Temporarily registers C++ containers of Values as roots.
  std::vector<const std::vector<Value>*> vector_roots;

 private:
  struct Page;
  struct SizeClass;
  struct FreeSlot {   // a free slot: type kFreeType, then the next free slot of its class
    uint8_t type;
    uint8_t pad[7];
    FreeSlot* next;
  };
  RBasic* allocate_slow(size_t size, HeapType type, RClass* klass);
  void trace(RBasic* o);
  void sweep();
  void scan_machine_stack();
  Page* new_page(int cls);
  void reuse_empty_page(int cls);
  void mark_unmarked(RBasic* o);
  void prune_weak_tables();

  FreeSlot* free_lists_[kClassCount] = {};
  std::vector<SizeClass*> classes_;
  std::vector<Page*> pages_;        // sorted by address (for is_object)
  // Pages the sweeps found with no live slot (the pool): the next class to run out of
  // free slots takes one (whatever its size class was) before carving or mapping more.
  std::vector<Page*> empty_pages_;
  std::vector<RBasic*> mark_stack_;
  std::function<void()> root_marker_;
  const void* stack_base_ = nullptr;
  size_t live_ = 0, allocated_since_gc_ = 0, threshold_ = kMinThreshold, collections_ = 0;
  // The fast path collects when allocated_since_gc_ reaches this: threshold_, or 0 when
  // stressed or when external bytes are over their budget.
  size_t alloc_limit_ = kMinThreshold;
  // A size class with no free slot takes untouched slots only while fewer than this
  // were allocated since the last collection; past it, it collects first.
  size_t grow_gate_ = kMinThreshold;
  // external_live_: noted bytes not yet released by the sweeper (an estimate: buffers
  // a method frees or shrinks itself are not subtracted until their object dies).
  int64_t external_since_gc_ = 0, external_threshold_ = kMinExternal, external_live_ = 0;
  bool stress_ = false;
  int disabled_ = 0;
  Stats stats_;
  std::vector<WeakTable*> weak_tables_;
};

// Memory for large tables that are sized up front but used from the start only (the
// frame stack): pages come straight from mmap, so the kernel maps each on first touch,
// and default-inserted elements are left unconstructed (no write at all). REQUIRES: T
// is trivially copyable and its users set each element before reading it.
void* untouched_allocate(size_t bytes);
void untouched_deallocate(void* p, size_t bytes);

template <typename T>
struct UntouchedAllocator {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
  using value_type = T;
  UntouchedAllocator() = default;
  template <typename U>
  UntouchedAllocator(const UntouchedAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(untouched_allocate(n * sizeof(T))); }
  void deallocate(T* p, size_t n) { untouched_deallocate(p, n * sizeof(T)); }
  template <typename U>
  void construct(U*) {}   // default insertion: leave the bytes as they are
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
  template <typename U>
  bool operator==(const UntouchedAllocator<U>&) const { return true; }
};

// Registers a std::vector<Value> as a root for the scope's lifetime.
class RootScope {
 public:
  RootScope(Heap& h, const std::vector<Value>& v) : heap_(h) { h.vector_roots.push_back(&v); }
  ~RootScope() { heap_.vector_roots.pop_back(); }
  RootScope(const RootScope&) = delete;
  RootScope& operator=(const RootScope&) = delete;

 private:
  Heap& heap_;
};

// Frees what an object owns outside its slot (buffers, tables); returns the bytes of
// those it had reported with note_external. Defined in gc/trace.cc; called by the
// sweeper only.
int64_t free_object_payload(RBasic* o);
// True when free_object_payload would release nothing (embedded strings and arrays,
// inline instance variables, floats, ranges): the sweeper's inline test, which spares
// most dead objects the call. Keep in step with free_object_payload.
inline bool owns_no_payload(const RBasic* o) {
  if (o->flags & kFlagGenericIvars) return false;
  switch (o->type) {
    case HeapType::kArray:
      return reinterpret_cast<const RArray*>(o)->embedded();
    case HeapType::kString:
      return reinterpret_cast<const RString*>(o)->embedded();
    case HeapType::kObject: {
      auto* obj = reinterpret_cast<const RObject*>(o);
      return obj->ivs == obj->inline_ivs;
    }
    case HeapType::kFloat:
    case HeapType::kRange:
      return true;
    default:
      return false;
  }
}
// The bytes an object owns outside its slot (buffers, tables) as they stand; 0 for
// layouts whose payload is not counted (code, regexps, classes). In gc/trace.cc; for
// ObjectSpace.memsize_of.
int64_t object_payload_bytes(const RBasic* o);
// Marks the Values an object refers to; defined in gc/trace.cc.
void trace_object(Heap& heap, RBasic* o);

}  // namespace maglev::vm
