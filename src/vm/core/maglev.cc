// The Maglev module's native half: persistent/transient mode, the transaction calls
// and PERSISTENT_ROOT (persist/ does the work), Object#committed?, and the
// persistability switches of Module and Class, and Object#become. The Ruby half (exception classes,
// persistent { }, transaction with retries) is core/prelude/maglev.rb.
#include "vm/core/core.h"
#include "vm/persist/persist.h"

namespace maglev::vm {

namespace {

NATIVE(maglev_set_mode) {
  UNUSED_ARGS;
  bool old = vm.persistent_mode;
  bool on = argv[0].truthy();
  if (on) persist::ensure_attached(vm);
  if (old && !on) persist::note_load_path(vm);
  vm.persistent_mode = on;
  return Value::boolean(old);
}
NATIVE(maglev_mode) {
  UNUSED_ARGS;
  return Value::boolean(vm.persistent_mode);
}
NATIVE(maglev_commit) {
  UNUSED_ARGS;
  persist::ensure_attached(vm);
  persist::commit(vm);
  return Value::t();
}
NATIVE(maglev_abort) {
  UNUSED_ARGS;
  persist::ensure_attached(vm);
  persist::abort(vm);
  return Value::t();
}
NATIVE(maglev_begin) {
  UNUSED_ARGS;
  persist::ensure_attached(vm);
  persist::begin(vm);
  return Value::t();
}
NATIVE(maglev_root) {
  UNUSED_ARGS;
  persist::ensure_attached(vm);
  return persist::persistent_root(vm);
}
NATIVE(maglev_needs_commit) {
  UNUSED_ARGS;
  if (!persist::attached(vm)) return Value::f();
  return Value::boolean(persist::needs_commit(vm));
}
NATIVE(obj_committed) {
  UNUSED_ARGS;
  return Value::boolean(persist::committed(vm, self));
}
// GemStone's become: every reference to self now reaches other's contents and vice
// versa (each keeps its persistent id, so a commit migrates the persistent object).
// Both must be ordinary objects (the migration of instances to a new class version).
NATIVE(obj_become) {
  UNUSED_ARGS;
  Value other = argv[0];
  auto plain = [](Value v) { return v.is_heap() && v.heap()->type == HeapType::kObject; };
  if (!plain(self) || !plain(other))
    vm.raise(vm.eTypeError, "become: both objects must be plain instances (not " +
                                vm.class_name_of(plain(self) ? other : self) + ")");
  if (self.heap()->frozen() || other.heap()->frozen()) vm.raise_frozen(self.heap()->frozen() ? self : other);
  write_barrier(self.heap());
  write_barrier(other.heap());
  auto* a = self.as<RObject>();
  auto* b = other.as<RObject>();
  uint16_t a_dirty = a->basic.flags & kFlagDirty, b_dirty = b->basic.flags & kFlagDirty;
  bool a_inline = a->ivs == a->inline_ivs, b_inline = b->ivs == b->inline_ivs;
  uint64_t a_oop = a->basic.oop, b_oop = b->basic.oop;
  uint8_t a_mark = a->basic.gc_mark, b_mark = b->basic.gc_mark;
  std::swap(*a, *b);
  a->basic.oop = a_oop;
  b->basic.oop = b_oop;
  a->basic.gc_mark = a_mark;
  b->basic.gc_mark = b_mark;
  // The dirty bit says whether this header is in the dirty list: it stays with the id.
  a->basic.flags = static_cast<uint16_t>((a->basic.flags & ~kFlagDirty) | a_dirty);
  b->basic.flags = static_cast<uint16_t>((b->basic.flags & ~kFlagDirty) | b_dirty);
  if (b_inline) a->ivs = a->inline_ivs;
  if (a_inline) b->ivs = b->inline_ivs;
  return self;
}
NATIVE(mod_maglev_persistable) {
  UNUSED_ARGS;
  RClass* k = as_class(self);
  if (k->kind == ClassKind::kSingleton || k->kind == ClassKind::kIClass)
    vm.raise(vm.eTypeError, "a singleton class cannot be persistable");
  persist::ensure_attached(vm);
  k->ext->persistable = true;
  bool methods = argc > 0 && argv[0].truthy();
  if (methods) {
    // Its current methods go to the persistent tables as if defined in persistent mode.
    bool old = vm.persistent_mode;
    vm.persistent_mode = true;
    for (auto& [name, me] : *k->origin->m_tbl) persist::note_method(vm, k, name, me);
    RClass* meta = singleton_class(vm, self);
    for (auto& [name, me] : *meta->origin->m_tbl) persist::note_method(vm, meta, name, me);
    vm.persistent_mode = old;
  }
  return self;
}
NATIVE(mod_maglev_persistable_p) {
  UNUSED_ARGS;
  return Value::boolean(as_class(self)->ext->persistable);
}
NATIVE(class_set_instances_persistable) {
  UNUSED_ARGS;
  write_barrier(self.heap());
  as_class(self)->ext->instances_persistable = argv[0].truthy();
  return argv[0];
}
NATIVE(class_instances_persistable_p) {
  UNUSED_ARGS;
  return Value::boolean(as_class(self)->ext->instances_persistable);
}

}  // namespace

void init_maglev(Vm& vm) {
  RClass* m = module_new(vm, vm.cObject, "Maglev");
  RClass* meta = singleton_class(vm, Value::object(m));
  define_native(vm, meta, "__set_mode", maglev_set_mode, 1);
  define_native(vm, meta, "persistent?", maglev_mode, 0);
  define_native(vm, meta, "commit_transaction", maglev_commit, 0);
  define_native(vm, meta, "abort_transaction", maglev_abort, 0);
  define_native(vm, meta, "begin_transaction", maglev_begin, 0);
  define_native(vm, meta, "__persistent_root", maglev_root, 0);
  define_native(vm, meta, "needs_commit?", maglev_needs_commit, 0);
  define_native(vm, vm.cObject, "committed?", obj_committed, 0);
  define_native(vm, vm.cObject, "become", obj_become, 1);
  define_native(vm, vm.cModule, "maglev_persistable", mod_maglev_persistable, -1);
  define_native(vm, vm.cModule, "maglev_persistable?", mod_maglev_persistable_p, 0);
  define_native(vm, vm.cClass, "maglev_instances_persistable=", class_set_instances_persistable, 1);
  define_native(vm, vm.cClass, "maglev_instances_persistable?", class_instances_persistable_p, 0);
}

}  // namespace maglev::vm
