// Heap pages, size classes, allocation and the mark-and-sweep cycle (see heap.h).
// Tracing of each object type's references is in gc/trace.cc.
#include "vm/gc/heap.h"

#include <sys/mman.h>

#include <csetjmp>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <algorithm>

#include <spdlog/spdlog.h>

#include "vm/gc/weak.h"

namespace maglev::vm {

namespace {
constexpr size_t kPageSize = 256 * 1024;
constexpr uint8_t kFreeType = 0xff;
}  // namespace

// Slots [0, used) have been handed out at least once (live, or free on the list); slots
// from `used` on are carved one by one when the free list is empty and have never been
// touched, so a new page costs no memory until it fills (the kernel maps its 4 KiB pages
// on first write). A page a sweep finds with nothing live goes to the pool
// (empty_pages_), and the class that takes it puts the part that was touched on its
// free list.
struct Heap::Page {
  char* base;          // kPageSize-aligned block holding the slots
  size_t slot_size;
  size_t nslots;
  int cls;
  size_t used = 0;
  size_t touched = 0;  // bytes from base ever handed out (kept when the page is emptied)
  char* slots() const { return base; }
  bool contains(const void* p) const {
    return p >= base && p < base + slot_size * used;
  }
};

struct Heap::SizeClass {   // its free list is free_lists_[class]
  size_t slot_size;
  Page* fresh = nullptr;   // the class's newest page while it has untouched slots
};

void* untouched_allocate(size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                 -1, 0);
  if (p == MAP_FAILED) {
    spdlog::critical("out of memory mapping {} bytes", bytes);
    std::abort();
  }
  return p;
}

void untouched_deallocate(void* p, size_t bytes) { munmap(p, bytes); }

Heap::Heap() {
  for (size_t s : kSizeClasses) classes_.push_back(new SizeClass{s});
}

Heap::~Heap() {
  // Process teardown: payloads are released with the process; free only the pages.
  for (Page* p : pages_) {
    munmap(p->base, kPageSize);
    delete p;
  }
  for (SizeClass* c : classes_) delete c;
}

Heap::Page* Heap::new_page(int cls) {
  // Straight from mmap (not malloc, whose arena may serve 256 KiB once its mmap
  // threshold has grown): the page's memory is mapped on first touch, as slots are carved.
  // Map twice the size and keep the aligned half.
  void* raw = mmap(nullptr, 2 * kPageSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                   -1, 0);
  if (raw == MAP_FAILED) {
    spdlog::critical("out of memory allocating a heap page");
    std::abort();
  }
  auto start = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = (start + kPageSize - 1) & ~(uintptr_t{kPageSize} - 1);
  if (aligned > start) munmap(raw, aligned - start);
  if (aligned + kPageSize < start + 2 * kPageSize)
    munmap(reinterpret_cast<void*>(aligned + kPageSize), start + 2 * kPageSize - aligned - kPageSize);
  void* mem = reinterpret_cast<void*>(aligned);
  auto* page = new Page{static_cast<char*>(mem), kSizeClasses[cls],
                        kPageSize / kSizeClasses[cls], cls};
  classes_[cls]->fresh = page;
  auto pos = std::lower_bound(pages_.begin(), pages_.end(), page,
                              [](Page* a, Page* b) { return a->base < b->base; });
  pages_.insert(pos, page);
  return page;
}

// Gives an emptied page (resident already, whatever class it had) to class `cls`: all
// its slots go on the class's free list, so the allocation fast path takes them.
void Heap::reuse_empty_page(int cls) {
  Page* page = empty_pages_.back();
  empty_pages_.pop_back();
  page->slot_size = kSizeClasses[cls];
  page->nslots = kPageSize / page->slot_size;
  page->cls = cls;
  page->used = page->touched / page->slot_size;   // the rest stays untouched
  if (page->used < page->nslots && (classes_[cls]->fresh == nullptr ||
                                    classes_[cls]->fresh->used == classes_[cls]->fresh->nslots))
    classes_[cls]->fresh = page;
  FreeSlot*& free_list = free_lists_[cls];
  for (size_t i = page->used; i-- > 0;) {
    auto* slot = reinterpret_cast<FreeSlot*>(page->base + i * page->slot_size);
    slot->type = kFreeType;
    slot->next = free_list;
    free_list = slot;
  }
}

RBasic* Heap::allocate_slow(size_t size, HeapType type, RClass* klass) {
  int cls = size_class_of(size);
  if (cls < 0) {
    spdlog::critical("heap object of {} bytes exceeds the largest size class", size);
    std::abort();
  }
  if (disabled_ == 0 &&
      (stress_ || allocated_since_gc_ >= threshold_ || external_since_gc_ >= external_threshold_))
    collect(stress_ ? Reason::kStress
                    : allocated_since_gc_ >= threshold_ ? Reason::kNewObj : Reason::kMalloc);
  SizeClass* sc = classes_[cls];
  FreeSlot* slot = free_lists_[cls];
  if (slot == nullptr && disabled_ == 0 && allocated_since_gc_ >= grow_gate_ &&
      empty_pages_.empty()) {
    collect(Reason::kNewObj);   // collect rather than grow the heap (see grow_gate_)
    slot = free_lists_[cls];
  }
  if (slot == nullptr && !empty_pages_.empty()) {
    reuse_empty_page(cls);
    slot = free_lists_[cls];
  }
  if (slot != nullptr) {
    free_lists_[cls] = slot->next;
  } else {
    Page* page = sc->fresh;
    if (page == nullptr || page->used == page->nslots) page = new_page(cls);
    slot = reinterpret_cast<FreeSlot*>(page->base + page->used++ * page->slot_size);
  }
  std::memset(static_cast<void*>(slot), 0, sc->slot_size);
  auto* o = reinterpret_cast<RBasic*>(slot);
  o->type = type;
  o->klass = klass;
  ++allocated_since_gc_;
  ++live_;
  return o;
}

bool Heap::is_object(const void* p) const {
  auto it = std::upper_bound(pages_.begin(), pages_.end(), p,
                             [](const void* a, Page* b) { return a < b->base; });
  if (it == pages_.begin()) return false;
  Page* page = *(it - 1);
  if (!page->contains(p)) return false;
  size_t off = static_cast<const char*>(p) - page->base;
  if (off % page->slot_size != 0) return false;
  return static_cast<const RBasic*>(p)->type != static_cast<HeapType>(kFreeType);
}

size_t Heap::slot_size_of(const RBasic* o) const {
  auto it = std::upper_bound(pages_.begin(), pages_.end(), static_cast<const void*>(o),
                             [](const void* a, Page* b) { return a < b->base; });
  if (it == pages_.begin() || !(*(it - 1))->contains(o)) return 0;
  return (*(it - 1))->slot_size;
}

void Heap::mark_unmarked(RBasic* o) {
  o->gc_mark = 1;
  // A leaf (nothing but its class to trace) is done here: an array of a million
  // strings does not put a million entries on the mark stack.
  constexpr uint32_t kLeaves = 1u << static_cast<int>(HeapType::kString) |
                               1u << static_cast<int>(HeapType::kFloat) |
                               1u << static_cast<int>(HeapType::kBignum);
  if ((kLeaves >> static_cast<int>(o->type)) & 1) {
    o = reinterpret_cast<RBasic*>(o->klass);
    if (o == nullptr || o->gc_mark) return;
    o->gc_mark = 1;
  }
  mark_stack_.push_back(o);
}

// Reads every word of the machine stack, including words ASan marks as redzones.
__attribute__((noinline, no_sanitize("address"))) void Heap::scan_machine_stack() {
  if (stack_base_ == nullptr) return;
  std::jmp_buf regs;   // spills callee-saved registers onto the stack
  setjmp(regs);
  volatile char here = 0;
  auto lo = reinterpret_cast<uintptr_t>(&here) & ~uintptr_t{7};
  auto hi = reinterpret_cast<uintptr_t>(stack_base_);
  for (uintptr_t a = lo; a < hi; a += sizeof(void*)) {
    const void* word = *reinterpret_cast<const void* const*>(a);
    if (is_object(word)) mark_object(const_cast<RBasic*>(static_cast<const RBasic*>(word)));
  }
  constexpr size_t kRegBytes = sizeof(std::jmp_buf);
  constexpr size_t kRegWords = kRegBytes / sizeof(uintptr_t);
  for (size_t i = 0; i < kRegWords; ++i) {
    const void* word = reinterpret_cast<const void* const*>(&regs)[i];
    if (is_object(word)) mark_object(const_cast<RBasic*>(static_cast<const RBasic*>(word)));
  }
}

size_t Heap::available_slots() const {
  size_t n = 0;
  for (const Page* p : pages_) n += p->nslots;
  return n;
}

// A pair dies with either member: an object in this heap that marking did not reach.
void Heap::prune_weak_tables() {
  auto dead = [this](Value v) {
    return v.is_heap() && !v.heap()->gc_mark && is_object(v.heap());
  };
  for (WeakTable* t : weak_tables_) t->prune(dead);
}

void Heap::collect(Reason why) {
  const auto start = std::chrono::steady_clock::now();
  stats_.last = why;
  ++collections_;
  if (root_marker_) root_marker_();
  for (const std::vector<Value>* v : vector_roots)
    for (Value x : *v) mark_value(x);
  scan_machine_stack();
  while (!mark_stack_.empty()) {
    RBasic* o = mark_stack_.back();
    mark_stack_.pop_back();
    trace_object(*this, o);
  }
  prune_weak_tables();
  sweep();
  allocated_since_gc_ = 0;
  external_since_gc_ = 0;
  threshold_ = std::max(kMinThreshold, live_);
  grow_gate_ = std::max(kMinThreshold, live_ / 4);
  external_threshold_ = std::max(kMinExternal, external_live_);
  alloc_limit_ = stress_ ? 0 : threshold_;
  stats_.time_ns += static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                              std::chrono::steady_clock::now() - start)
                                              .count());
  SPDLOG_DEBUG("gc: {} live objects after collection {}", live_, collections_);
}

void Heap::sweep() {
  for (FreeSlot*& l : free_lists_) l = nullptr;
  const size_t live_before_sweep = live_;
  live_ = 0;
  int64_t released = 0;
  for (Page* page : pages_) {
    FreeSlot*& free_list = free_lists_[page->cls];
    FreeSlot* const list_before = free_list;
    const size_t live_before = live_;
    for (size_t i = page->used; i-- > 0;) {
      auto* o = reinterpret_cast<RBasic*>(page->base + i * page->slot_size);
      if (o->type == static_cast<HeapType>(kFreeType)) {
        // already free
      } else if (o->gc_mark) {
        o->gc_mark = 0;
        ++live_;
        continue;
      } else if (!owns_no_payload(o)) {
        released += free_object_payload(o);
      }
      auto* slot = reinterpret_cast<FreeSlot*>(o);
      slot->type = kFreeType;
      slot->next = free_list;
      free_list = slot;
    }
    if (live_ == live_before && page->used != 0 && page != classes_[page->cls]->fresh) {
      free_list = list_before;   // nothing live: the page goes to the pool
      page->touched = std::max(page->touched, page->used * page->slot_size);
      page->used = 0;
      empty_pages_.push_back(page);
    }
  }
  external_live_ = std::max<int64_t>(0, external_live_ - released);
  stats_.freed += live_before_sweep - live_;
  stats_.marked = live_;
}

void Heap::each_object(const std::function<void(RBasic*)>& f) {
  std::vector<RBasic*> all;
  for (Page* page : pages_)
    for (size_t i = 0; i < page->used; ++i) {
      auto* o = reinterpret_cast<RBasic*>(page->base + i * page->slot_size);
      if (o->type != static_cast<HeapType>(kFreeType)) all.push_back(o);
    }
  for (RBasic* o : all) f(o);
}

}  // namespace maglev::vm
