// Booting a VM: the value stack and frames, the class hierarchy, the core library
// (core/init.def order), the main object, and the Ruby prelude (core/prelude/*.rb, run
// from the image compiled at build time: snapshot/prelude_image.h). Also the
// collector's root set.
#include <sys/mman.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "vm/compile/compiler.h"
#include "vm/core/core.h"
#include "vm/interp/interp.h"
#include "vm/parse/parser.h"
#include "vm/persist/persist.h"
#include "vm/snapshot/prelude_image.h"

namespace maglev::vm {

namespace snapshot {

RCode* compile_prelude_file(Vm& vm, const std::string& name, std::string_view source) {
  parse::ParseOptions po;
  po.file = "<internal:" + name + ">";
  parse::ParseResult r = parse::parse(source, po);
  if (!r.errors.empty()) {
    std::fprintf(stderr, "maglev: prelude does not parse: %s\n", r.errors[0].to_string().c_str());
    std::abort();
  }
  return compile_program(vm, r.root, po.file);
}

void run_prelude_file(Vm& vm, RCode* code) {
  try {
    vm.run_code(code, vm.main_obj, Value::nil(), vm.cObject, nullptr);
  } catch (RubyError& e) {
    Value m = vm.ivar_get(e.exception, intern("__message"));
    std::fprintf(stderr, "maglev: prelude %s failed: %s (%s)\n", code->code->file.c_str(),
                 is_string(m) ? str_std(m).c_str() : "?", vm.class_name_of(e.exception).c_str());
    for (const std::string& line : vm.backtrace()) std::fprintf(stderr, "\tfrom %s\n", line.c_str());
    std::abort();
  }
}

}  // namespace snapshot

namespace {

// What boot mallocs, rounded up (dhat: ~0.74 MB in ~4,400 blocks at the end of -e nil,
// mostly class tables, method entries, symbols and the prelude's top-level code; method
// bodies are decoded on first call since the image keeps them encoded).
constexpr size_t kBootMallocBytes = 1 << 20;   // 1 MB

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23   // Linux 5.14
#endif

// Boot's small allocations would touch ~350 fresh pages of malloc's arena one page
// fault at a time; on this VM a fault costs ~16 us and a page populated in bulk ~3.5 us.
// So grow the arena once by what boot will use, populate it with one madvise and hand
// it back to the top chunk, from which boot's allocations are then carved. glibc serves
// a request of 1.5 MB with mmap until a freed mmap'd block has raised its (dynamic) mmap
// threshold, so free one first, as any program freeing a large block does. Where a step
// does not apply (another allocator, an older kernel) nothing breaks: pages fault in as
// before. Heap pages come from mmap (gc/heap.cc), not from this arena.
void prefault_boot_arena() {
  void* volatile big = std::malloc(2 * kBootMallocBytes);   // volatile: keep the pair
  std::free(big);
  void* p = std::malloc(kBootMallocBytes);
  if (p == nullptr) return;
  uintptr_t lo = (reinterpret_cast<uintptr_t>(p) + 4095) & ~uintptr_t{4095};
  uintptr_t hi = (reinterpret_cast<uintptr_t>(p) + kBootMallocBytes) & ~uintptr_t{4095};
  if (hi > lo) madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_POPULATE_WRITE);
  std::free(p);
}

// Runs the prelude image file by file, as the parsing boot it replaces would have (each
// file's code is decoded just before it runs). An image that does not open or decode
// means a broken build: abort.
void load_prelude(Vm& vm) {
  if (snapshot::kPreludeImageSize == 0) return;   // maglev-prelude-image itself
  snapshot::ImageReader reader;
  if (!reader.open(snapshot::kPreludeImage, snapshot::kPreludeImageSize)) {
    std::fprintf(stderr, "maglev: the prelude image is damaged\n");
    std::abort();
  }
  for (size_t i = 0; i < reader.file_count(); ++i) {
    std::string name;
    vm.heap.disable();   // the decoded objects are reachable only from the code being built
    RCode* code = reader.read_file(vm, &name);
    vm.heap.enable();
    if (code == nullptr) {
      std::fprintf(stderr, "maglev: the prelude image is damaged (file %zu)\n", i);
      std::abort();
    }
    snapshot::run_prelude_file(vm, code);
  }
}

}  // namespace

// The main thread's lowest usable stack address: its mapping's end (the rlimit) plus a
// margin in which a SystemStackError is raised and unwound.
static const char* machine_stack_floor() {
  pthread_attr_t attr;
  void* low = nullptr;
  size_t size = 0;
  pthread_getattr_np(pthread_self(), &attr);
  pthread_attr_getstack(&attr, &low, &size);
  pthread_attr_destroy(&attr);
  return static_cast<const char*>(low) + std::min<size_t>(size / 4, 1 << 20);
}

static Vm* g_vm = nullptr;
Vm& the_vm() { return *g_vm; }

static Value main_to_s(Vm& vm, Value, int, const Value*, Value) { return str_new(vm, "main"); }

Vm::Vm() {
  g_vm = this;
  const_cache_clear();   // lines of an earlier Vm in this process
  prefault_boot_arena();
  void* mem = mmap(nullptr, kStackSlots * sizeof(Value), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mem == MAP_FAILED) std::abort();
  stack_base = static_cast<Value*>(mem);
  stack_limit = stack_base + kStackSlots;
  c_stack_floor = machine_stack_floor();
  frames.resize(kMaxFrames);
  heap.set_root_marker([this] { mark_roots(); });
  heap.disable();   // no collection while the core is half-built
  boot_class_hierarchy(*this);
#define CLASS(f, n, s) f = class_new(*this, s, cObject, n);
#define MODULE(f, n) f = module_new(*this, cObject, n);
#include "vm/object/core_classes.def"
#undef CLASS
#undef MODULE
  include_module(*this, cObject, mKernel);
  include_module(*this, cNumeric, mComparable);
  include_module(*this, cString, mComparable);
  include_module(*this, cArray, mEnumerable);
  include_module(*this, cHash, mEnumerable);
  include_module(*this, cRange, mEnumerable);
  include_module(*this, cStruct, mEnumerable);
  include_module(*this, cEnumerator, mEnumerable);
  auto* main = heap.make<RObject>(HeapType::kObject, cObject);
  main->ivs = main->inline_ivs;
  main->ivcap = RObject::kInline;
  main_obj = Value::object(main);
  define_singleton_native(*this, main_obj, "to_s", main_to_s, 0);
  define_singleton_native(*this, main_obj, "inspect", main_to_s, 0);
  top_cref = Value::nil();
  last_match = Value::nil();
  errinfo = Value::nil();
#define INIT(name) init_##name(*this);
#include "vm/core/init.def"
#undef INIT
  heap.enable();
  load_prelude(*this);
  booted = true;
}

Vm::~Vm() {
  persist::close(*this);
  munmap(stack_base, kStackSlots * sizeof(Value));
  g_vm = nullptr;
}

void Vm::mark_roots() {
  heap.mark_object(reinterpret_cast<RBasic*>(cBasicObject));
  heap.mark_object(reinterpret_cast<RBasic*>(cObject));
  heap.mark_value(main_obj);
  heap.mark_value(top_cref);
  heap.mark_value(last_match.outside);
  heap.mark_value(errinfo);
  heap.mark_value(pattern_cache);
  for (auto& [k, v] : globals) heap.mark_value(v);
  for (Value v : at_exit_procs) heap.mark_value(v);
  for (Value v : extra_roots) heap.mark_value(v);
  for (auto& [tag, serial] : catch_tags) heap.mark_value(tag);
  for (auto& [s, v] : fstrings) heap.mark_value(v);
  for (RCode* c : postexe_done) heap.mark_object(reinterpret_cast<RBasic*>(c));
  persist::mark(*this);
  for (auto& [o, table] : generic_ivars) {
    // Generic ivars belong to their object: they are marked when it is (see below).
    (void)o;
    (void)table;
  }
  for (size_t i = 0; i < frame_top; ++i) {
    const Frame& f = frames[i];
    heap.mark_object(reinterpret_cast<RBasic*>(f.rcode));
    heap.mark_value(f.self);
    heap.mark_object(reinterpret_cast<RBasic*>(f.env));
    heap.mark_object(reinterpret_cast<RBasic*>(f.outer));
    heap.mark_value(f.block);
    heap.mark_value(f.cref);
    heap.mark_object(reinterpret_cast<RBasic*>(f.def_target));
    heap.mark_object(reinterpret_cast<RBasic*>(f.defined_class));
    heap.mark_value(f.svar_match);
    if (f.me) heap.mark_object(reinterpret_cast<RBasic*>(f.me->code));
  }
  Value* top = frame_top ? frames[frame_top - 1].sp : stack_base;
  for (Value* p = stack_base; p < top; ++p) heap.mark_value(*p);
  // Generic instance variables: keep their values alive with every object (simple and
  // safe; objects with such ivars are rare).
  for (auto& [o, table] : generic_ivars)
    for (auto& [k, v] : table) heap.mark_value(v);
}

// $~ belongs to the method activation of the innermost frame that is not prelude
// code: core methods written in Ruby are transparent, like CRuby's C methods (so
// `"aaa".enum_for(:scan, /a/).map { $~ }` sees scan's match).
static bool internal_frame(const Frame& f) {
  return f.code != nullptr && f.code->file.compare(0, 10, "<internal:") == 0;
}
Frame* Vm::svar_frame() {
  Frame* f = current();
  if (f != nullptr && internal_frame(*f)) {
    for (size_t i = frame_top; i-- > 0;) {
      if (!internal_frame(frames[i])) {
        f = &frames[i];
        break;
      }
    }
  }
  if (f == nullptr || f->home == f->serial) return f;
  for (size_t i = frame_top; i-- > 0;)
    if (frames[i].serial == f->home) return &frames[i];
  // The method activation is not on this stack (a thread's block, a proc outliving its
  // method): the outermost block of that activation here owns $~ for its inner blocks.
  for (size_t i = 0; i < frame_top; ++i)
    if (frames[i].home == f->home) return &frames[i];
  return f;
}

LastMatch::operator Value() const {
  Frame* f = vm_->svar_frame();
  return f ? f->svar_match : outside;
}

LastMatch& LastMatch::operator=(Value v) {
  if (Frame* f = vm_->svar_frame()) f->svar_match = v;
  else outside = v;
  return *this;
}

}  // namespace maglev::vm
