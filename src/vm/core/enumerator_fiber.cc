// Fiber: a coroutine with its own machine stack (ucontext) and its own VM value
// stack and frames, swapped into the Vm while it runs. Enumerator#next/peek use it
// (core/prelude/enumerator.rb), so external iteration works for infinite generators.
//
// While a fiber runs, the Vm's frames/value stack/registered roots/catch tags are the
// fiber's, and its record holds the resumer's; when suspended it is the other way
// round. The collector scans the running context's machine stack itself (the heap's
// stack base follows the switch); every other context is marked through its Fiber
// object: its stashed frames precisely and its suspended machine stack conservatively.
// A running fiber is kept reachable through vm.extra_roots.
#include <pthread.h>
#include <sys/mman.h>
#include <ucontext.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

#include <algorithm>
#include <cstring>

#include "vm/core/core.h"
#include "vm/interp/interp.h"

namespace maglev::vm {

namespace {

// AddressSanitizer must be told about every stack switch, or it reports the fiber's
// frames as overflows of the stack it believes is current. No-ops in other builds.
#if defined(__SANITIZE_ADDRESS__)
void switch_begin(void** fake, const void* bottom, size_t size) {
  __sanitizer_start_switch_fiber(fake, bottom, size);
}
void switch_end(void* fake, const void** bottom, size_t* size) {
  __sanitizer_finish_switch_fiber(fake, bottom, size);
}
#else
void switch_begin(void**, const void*, size_t) {}
void switch_end(void*, const void**, size_t*) {}
#endif

constexpr size_t kCStackBytes = 1 << 20;        // machine stack of a fiber
constexpr size_t kValueSlots = 1 << 18;         // VM value stack of a fiber

// The part of the Vm that belongs to one coroutine.
struct VmStacks {
  FrameStack frames;
  size_t frame_top = 0;
  Value* stack_base = nullptr;
  Value* stack_limit = nullptr;
  const char* c_stack_floor = nullptr;
  std::vector<const std::vector<Value>*> vector_roots;
  std::vector<std::pair<Value, uint64_t>> catch_tags;
  std::vector<NativeCall> native_calls;
};

void swap_vm(Vm& vm, VmStacks& s) {
  std::swap(vm.frames, s.frames);
  std::swap(vm.frame_top, s.frame_top);
  std::swap(vm.stack_base, s.stack_base);
  std::swap(vm.stack_limit, s.stack_limit);
  std::swap(vm.c_stack_floor, s.c_stack_floor);
  std::swap(vm.heap.vector_roots, s.vector_roots);
  std::swap(vm.catch_tags, s.catch_tags);
  std::swap(vm.native_calls, s.native_calls);
}

// Memory of one fiber, reused through a small pool.
struct FiberMemory {
  char* cstack = nullptr;       // mmap'd, lowest address (guard page first)
  Value* vstack = nullptr;      // mmap'd
  FrameStack frames;
};
std::vector<FiberMemory*> g_pool;

FiberMemory* acquire_memory(Vm& vm) {
  if (!g_pool.empty()) {
    FiberMemory* m = g_pool.back();
    g_pool.pop_back();
    return m;
  }
  auto* m = new FiberMemory;
  void* c = mmap(nullptr, kCStackBytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  void* v = mmap(nullptr, kValueSlots * sizeof(Value), PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (c == MAP_FAILED || v == MAP_FAILED) vm.raise(vm.eFiberError, "can't allocate fiber stack");
  mprotect(c, 4096, PROT_NONE);   // guard page
  m->cstack = static_cast<char*>(c);
  m->vstack = static_cast<Value*>(v);
  m->frames.resize(kMaxFrames);
  vm.heap.note_external(static_cast<int64_t>(kMaxFrames * sizeof(Frame)) + (1 << 20));
  return m;
}

void release_memory(FiberMemory* m) {
  if (m == nullptr) return;
  if (g_pool.size() < 4) {
    g_pool.push_back(m);
    return;
  }
  munmap(m->cstack, kCStackBytes);
  munmap(m->vstack, kValueSlots * sizeof(Value));
  delete m;
}

enum class FiberState : uint8_t { kCreated, kRunning, kSuspended, kDone };

struct FiberRec {
  Value self;
  Value proc;
  Value transfer = Value::nil();
  Value error = Value::nil();
  NonLocalExit exit{};
  bool has_error = false;
  bool has_exit = false;
  FiberState state = FiberState::kCreated;
  FiberMemory* mem = nullptr;
  VmStacks other;                // suspended: the fiber's; running: the resumer's
  ucontext_t ctx;                // the fiber's registers while suspended
  ucontext_t back;               // the resumer's registers while the fiber runs
  const char* fiber_sp = nullptr;
  const char* resumer_sp = nullptr;
  const char* resumer_top = nullptr;
  const void* resumer_bottom = nullptr;   // the resumer's stack, for AddressSanitizer
  size_t resumer_size = 0;
  FiberRec* prev = nullptr;      // the fiber that resumed this one (nullptr: root)
};

FiberRec* g_current = nullptr;
FiberRec* g_starting = nullptr;
const char* g_root_top = nullptr;

const char* root_stack_top() {
  if (g_root_top == nullptr) {
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    pthread_getattr_np(pthread_self(), &attr);
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    g_root_top = static_cast<const char*>(addr) + size;
  }
  return g_root_top;
}

const char* current_top() {
  return g_current ? g_current->mem->cstack + kCStackBytes : root_stack_top();
}

// Reads every word of another stack, redzones of its frames included: not instrumented
// (ASan would report the redzone reads as stack-buffer-overflows).
__attribute__((no_sanitize_address)) void conservative_scan(const char* lo, const char* hi,
                                                            void (*mark)(Value)) {
  Heap& heap = the_vm().heap;
  auto a = reinterpret_cast<uintptr_t>(lo) & ~uintptr_t{7};
  auto end = reinterpret_cast<uintptr_t>(hi);
  for (; a + sizeof(void*) <= end; a += sizeof(void*)) {
    const void* word = *reinterpret_cast<const void* const*>(a);
    if (heap.is_object(word)) mark(Value::object(word));
  }
}

void mark_stacks(const VmStacks& s, void (*mark)(Value)) {
  auto obj = [&](const void* p) {
    if (p != nullptr) mark(Value::object(p));
  };
  for (size_t i = 0; i < s.frame_top; ++i) {
    const Frame& f = s.frames[i];
    obj(f.rcode);
    mark(f.self);
    obj(f.env);
    obj(f.outer);
    mark(f.block);
    mark(f.cref);
    obj(f.def_target);
    obj(f.defined_class);
    if (f.me) obj(f.me->code);
  }
  if (s.stack_base != nullptr) {
    Value* top = s.frame_top ? s.frames[s.frame_top - 1].sp : s.stack_base;
    for (Value* p = s.stack_base; p < top; ++p) mark(*p);
  }
  for (const std::vector<Value>* v : s.vector_roots)
    for (Value x : *v) mark(x);
  for (auto& [tag, serial] : s.catch_tags) mark(tag);
}

void fiber_mark(void* data, void (*mark)(Value)) {
  auto* f = static_cast<FiberRec*>(data);
  mark(f->proc);
  mark(f->transfer);
  mark(f->error);
  mark(f->exit.value);
  if (f->state == FiberState::kSuspended) {
    mark_stacks(f->other, mark);
    conservative_scan(f->fiber_sp, f->mem->cstack + kCStackBytes, mark);
    conservative_scan(reinterpret_cast<const char*>(&f->ctx),
                      reinterpret_cast<const char*>(&f->ctx + 1), mark);
  } else if (f->state == FiberState::kRunning) {
    mark_stacks(f->other, mark);
    conservative_scan(f->resumer_sp, f->resumer_top, mark);
    conservative_scan(reinterpret_cast<const char*>(&f->back),
                      reinterpret_cast<const char*>(&f->back + 1), mark);
  }
}

void fiber_free(void* data) {
  auto* f = static_cast<FiberRec*>(data);
  // A suspended fiber that is never finished: its stack frames are abandoned.
  if (f->mem) {
    f->mem->frames.swap(f->other.frames);
    release_memory(f->mem);
  }
  delete f;
}

const DataType kFiberType = {"fiber", fiber_mark, fiber_free};

FiberRec* fiber_of(Vm& vm, Value v) {
  if (!v.is_heap() || v.heap()->type != HeapType::kData || v.as<RData>()->dtype != &kFiberType)
    vm.raise_type(v, "Fiber");
  return static_cast<FiberRec*>(v.as<RData>()->data);
}

Value pack_args(Vm& vm, int argc, const Value* argv) {
  if (argc == 0) return Value::nil();
  if (argc == 1) return argv[0];
  return ary_from(vm, argv, argc);
}

void fiber_entry() {
  FiberRec* f = g_starting;
  g_starting = nullptr;
  switch_end(nullptr, &f->resumer_bottom, &f->resumer_size);
  {
    Vm& vm = the_vm();
    try {
      // The first resume's arguments, as an Array, are the block's arguments.
      std::vector<Value> args(ary_ptr(f->transfer)->ptr, ary_ptr(f->transfer)->ptr + ary_len(f->transfer));
      RootScope root(vm.heap, args);
      f->transfer = vm.call(f->proc, sym::call, static_cast<int>(args.size()), args.data());
    } catch (RubyError& e) {
      f->error = e.exception;
      f->has_error = true;
    } catch (NonLocalExit& e) {
      f->exit = e;
      f->has_exit = true;
    }
  }
  f->state = FiberState::kDone;
  switch_begin(nullptr, f->resumer_bottom, f->resumer_size);   // this stack is done
  setcontext(&f->back);
}

// Switches from the running context into fiber f until it yields or finishes.
Value fiber_resume(Vm& vm, FiberRec* f, Value arg) {
  if (f->state == FiberState::kDone) vm.raise(vm.eFiberError, "attempt to resume a terminated fiber");
  if (f->state == FiberState::kRunning) vm.raise(vm.eFiberError, "attempt to resume the current fiber");
  for (FiberRec* p = g_current; p; p = p->prev)
    if (p == f) vm.raise(vm.eFiberError, "attempt to resume a resumed fiber (double resume)");
  if (f->state == FiberState::kCreated) {
    f->mem = acquire_memory(vm);
    f->other.frames.swap(f->mem->frames);
    f->other.frame_top = 0;
    f->other.stack_base = f->mem->vstack;
    f->other.stack_limit = f->mem->vstack + kValueSlots;
    f->other.c_stack_floor = f->mem->cstack + kCStackBytes / 4;   // guard page + margin
    getcontext(&f->ctx);
    f->ctx.uc_stack.ss_sp = f->mem->cstack;
    f->ctx.uc_stack.ss_size = kCStackBytes;
    f->ctx.uc_link = nullptr;
    makecontext(&f->ctx, fiber_entry, 0);
    g_starting = f;
  }
  f->transfer = arg;
  f->resumer_top = current_top();
  f->prev = g_current;
  vm.extra_roots.push_back(f->self);
  swap_vm(vm, f->other);
  g_current = f;
  f->state = FiberState::kRunning;
  vm.heap.set_stack_base(f->mem->cstack + kCStackBytes);
  volatile char here = 0;
  f->resumer_sp = const_cast<const char*>(&here);
  void* fake = nullptr;
  switch_begin(&fake, f->mem->cstack, kCStackBytes);
  swapcontext(&f->back, &f->ctx);
  switch_end(fake, nullptr, nullptr);
  // Back in the resumer: the fiber yielded or finished.
  g_current = f->prev;
  vm.heap.set_stack_base(f->resumer_top);
  swap_vm(vm, f->other);
  for (size_t i = vm.extra_roots.size(); i-- > 0;) {
    if (vm.extra_roots[i] == f->self) {
      vm.extra_roots.erase(vm.extra_roots.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  }
  Value out = f->transfer;
  if (f->state == FiberState::kDone) {
    f->mem->frames.swap(f->other.frames);
    release_memory(f->mem);
    f->mem = nullptr;
    f->other = VmStacks{};
    if (f->has_error) {
      f->has_error = false;
      Value e = f->error;
      f->error = Value::nil();
      throw RubyError{e};
    }
    if (f->has_exit) {
      f->has_exit = false;
      throw NonLocalExit(f->exit);
    }
  }
  return out;
}

// Fiber.yield inside fiber f: back to its resumer; returns the next resume's value.
Value fiber_yield(Vm& vm, Value v) {
  FiberRec* f = g_current;
  if (f == nullptr) vm.raise(vm.eFiberError, "can't yield from root fiber");
  f->transfer = v;
  f->state = FiberState::kSuspended;
  volatile char here = 0;
  f->fiber_sp = const_cast<const char*>(&here);
  void* fake = nullptr;
  switch_begin(&fake, f->resumer_bottom, f->resumer_size);
  swapcontext(&f->ctx, &f->back);
  switch_end(fake, &f->resumer_bottom, &f->resumer_size);
  return f->transfer;
}

}  // namespace

NATIVE(fiber_s_new) {
  UNUSED_ARGS;
  if (block.is_nil()) vm.raise(vm.eArgumentError, "tried to create Proc object without a block");
  auto* d = vm.heap.make<RData>(HeapType::kData, self.as<RClass>());
  auto* f = new FiberRec;
  f->self = Value::object(d);
  f->proc = block;
  d->dtype = &kFiberType;
  d->data = f;
  return f->self;
}
NATIVE(fiber_resume_m) {
  UNUSED_ARGS;
  FiberRec* f = fiber_of(vm, self);
  Value arg = f->state == FiberState::kCreated ? ary_from(vm, argv, argc) : pack_args(vm, argc, argv);
  return fiber_resume(vm, f, arg);
}
NATIVE(fiber_s_yield) { UNUSED_ARGS; return fiber_yield(vm, pack_args(vm, argc, argv)); }
// Fiber.__current: the running fiber, nil in the root context (a thread's own fiber or
// the main thread: core/prelude/thread.rb tells them apart).
NATIVE(fiber_s_current) {
  UNUSED_ARGS;
  return g_current ? g_current->self : Value::nil();
}
NATIVE(fiber_alive_p) {
  UNUSED_ARGS;
  return Value::boolean(fiber_of(vm, self)->state != FiberState::kDone);
}

void init_enumerator_fiber(Vm& vm) {
  RClass* c = class_new(vm, vm.cObject, vm.cObject, "Fiber");
  define_native(vm, singleton_class(vm, Value::object(c)), "new", fiber_s_new, -1);
  define_native(vm, singleton_class(vm, Value::object(c)), "yield", fiber_s_yield, -1);
  define_native(vm, singleton_class(vm, Value::object(c)), "__current", fiber_s_current, 0);
  define_native(vm, c, "resume", fiber_resume_m, -1);
  define_native(vm, c, "alive?", fiber_alive_p, 0);
}

}  // namespace maglev::vm
