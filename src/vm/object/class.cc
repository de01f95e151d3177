// Classes, modules, singleton classes, include/prepend and method tables (class.h).
#include "vm/object/class.h"
#include "vm/persist/persist.h"

#include <algorithm>
#include <cstdio>

#include "vm/object/string.h"
#include "vm/runtime.h"

namespace maglev::vm {

bool is_module(const RClass* c) { return c->kind == ClassKind::kModule; }

RClass* real_class(RClass* c) {
  while (c != nullptr && (c->kind == ClassKind::kSingleton || c->kind == ClassKind::kIClass))
    c = c->super;
  return c;
}

static RClass* alloc_class(Vm& vm, RClass* meta, ClassKind kind) {
  auto* c = vm.heap.make<RClass>(HeapType::kClass, meta);
  c->kind = kind;
  c->origin = c;
  c->m_tbl = new MethodTable();
  c->ext = new ClassExt();
  c->ext->name = Value::nil();
  c->attached = Value::nil();
  c->serial = 1;
  return c;
}

// Core classes (made while booting) and classes made in persistent mode can persist.
static void mark_persistable(Vm& vm, RClass* c) {
  c->ext->core = !vm.booted;
  c->ext->persistable = !vm.booted || vm.persistent_mode;
}

static void name_class(Vm& vm, RClass* c, RClass* outer, const char* name) {
  if (name == nullptr) return;
  std::string path = name;
  if (outer != nullptr && outer != vm.cObject) path = class_path(vm, outer) + "::" + name;
  c->ext->name = str_new(vm, path);
  c->ext->lexical_parent = outer;
  if (outer != nullptr) vm.const_set(outer, intern(name), Value::object(c));
}

RClass* class_new(Vm& vm, RClass* super, RClass* outer, const char* name) {
  RClass* c = alloc_class(vm, vm.cClass, ClassKind::kClass);
  c->super = super;
  if (super != nullptr) {
    super->ext->subclasses.push_back(c);
    c->ext->instances_persistable = super->ext->instances_persistable;
  }
  // Every class has a metaclass, inheriting from its superclass's (class methods).
  RClass* meta = alloc_class(vm, vm.cClass, ClassKind::kSingleton);
  meta->super = super != nullptr ? singleton_class(vm, Value::object(super)) : vm.cClass;
  meta->attached = Value::object(c);
  c->basic.klass = meta;
  mark_persistable(vm, c);
  name_class(vm, c, outer, name);
  return c;
}

void boot_class_hierarchy(Vm& vm) {
  RClass* basic = alloc_class(vm, nullptr, ClassKind::kClass);
  RClass* object = alloc_class(vm, nullptr, ClassKind::kClass);
  RClass* module = alloc_class(vm, nullptr, ClassKind::kClass);
  RClass* klass = alloc_class(vm, nullptr, ClassKind::kClass);
  object->super = basic;
  module->super = object;
  klass->super = module;
  vm.cBasicObject = basic;
  vm.cObject = object;
  vm.cModule = module;
  vm.cClass = klass;
  RClass* prev_meta = nullptr;
  for (RClass* c : {basic, object, module, klass}) {
    RClass* meta = alloc_class(vm, klass, ClassKind::kSingleton);
    meta->super = prev_meta ? prev_meta : klass;
    meta->attached = Value::object(c);
    c->basic.klass = meta;
    prev_meta = meta;
    mark_persistable(vm, c);
  }
  basic->ext->subclasses.push_back(object);
  object->ext->subclasses.push_back(module);
  module->ext->subclasses.push_back(klass);
  name_class(vm, basic, object, "BasicObject");
  name_class(vm, object, object, "Object");
  name_class(vm, module, object, "Module");
  name_class(vm, klass, object, "Class");
}

RClass* module_new(Vm& vm, RClass* outer, const char* name) {
  RClass* c = alloc_class(vm, vm.cModule, ClassKind::kModule);
  mark_persistable(vm, c);
  name_class(vm, c, outer, name);
  return c;
}

RClass* existing_singleton(Vm&, Value obj) {
  if (!obj.is_heap()) return nullptr;
  RClass* k = obj.heap()->klass;
  if (k != nullptr && k->kind == ClassKind::kSingleton && k->attached == obj) return k;
  return nullptr;
}

RClass* singleton_class(Vm& vm, Value obj) {
  if (RClass* s = existing_singleton(vm, obj)) return s;
  if (!obj.is_heap()) {
    if (obj.is_nil()) return vm.cNilClass;
    if (obj.is_true()) return vm.cTrueClass;
    if (obj.is_false()) return vm.cFalseClass;
    vm.raise(vm.eTypeError, "can't define singleton");
  }
  RBasic* o = obj.heap();
  RClass* meta = alloc_class(vm, vm.cClass, ClassKind::kSingleton);
  meta->attached = obj;
  if (o->type == HeapType::kClass) {
    auto* k = reinterpret_cast<RClass*>(o);
    // A class's metaclass inherits from its superclass's metaclass.
    if (k->kind == ClassKind::kClass && k->super != nullptr) {
      RClass* sup = real_class(k->super);
      meta->super = sup ? singleton_class(vm, Value::object(sup)) : vm.cClass;
    } else {
      meta->super = o->klass;
    }
    // Subclasses created before this metaclass keep working: their metaclasses are
    // created lazily and inherit from this one through the lookup above.
  } else {
    meta->super = o->klass;
  }
  meta->basic.klass = vm.cClass;
  if (o->frozen()) meta->basic.flags |= kFlagFrozen;
  o->klass = meta;
  ++vm.global_serial;
  return meta;
}

static RClass* make_iclass(Vm& vm, RClass* module, RClass* super) {
  auto* ic = vm.heap.make<RClass>(HeapType::kClass, module->basic.klass);
  ic->kind = ClassKind::kIClass;
  ic->origin = ic;
  ic->module = module;
  ic->m_tbl = module->origin->m_tbl;
  ic->ext = module->ext;
  ic->super = super;
  ic->attached = Value::nil();
  return ic;
}

static bool chain_includes(RClass* start, RClass* stop, RClass* module) {
  for (RClass* c = start; c != nullptr && c != stop; c = c->super)
    if (c->kind == ClassKind::kIClass && c->module == module) return true;
  return false;
}

void include_module(Vm& vm, RClass* klass, RClass* module) {
  // Insert module (and the modules it includes) after klass's origin.
  RClass* at = klass->origin;
  std::vector<RClass*> to_add;
  for (RClass* m = module; m != nullptr; m = m->super) {
    if (m->kind == ClassKind::kIClass) to_add.push_back(m->module);
    else if (m == module) to_add.push_back(m);
  }
  for (RClass* m : to_add) {
    if (m == klass || chain_includes(klass, nullptr, m)) continue;
    at->super = make_iclass(vm, m, at->super);
    at = at->super;
  }
  ++vm.global_serial;
  ++vm.const_serial;
  if (vm.persistent_mode) persist::note_mixin(vm, klass, PersistentTables::Mix::kInclude, module);
}

void prepend_module(Vm& vm, RClass* klass, RClass* module) {
  if (vm.persistent_mode) persist::note_mixin(vm, klass, PersistentTables::Mix::kPrepend, module);
  if (klass->origin == klass) {
    // Move klass's own methods to an origin iclass placed after the prepended modules.
    auto* origin = vm.heap.make<RClass>(HeapType::kClass, klass->basic.klass);
    origin->kind = ClassKind::kIClass;
    origin->origin = origin;
    origin->module = klass;
    origin->m_tbl = klass->m_tbl;
    origin->ext = klass->ext;
    origin->super = klass->super;
    origin->attached = Value::nil();
    klass->super = origin;
    klass->origin = origin;
    klass->m_tbl = new MethodTable();
  }
  if (chain_includes(klass, klass->origin, module)) return;
  RClass* at = klass;
  std::vector<RClass*> to_add;
  for (RClass* m = module; m != nullptr; m = m->super) {
    if (m->kind == ClassKind::kIClass) to_add.push_back(m->module);
    else if (m == module) to_add.push_back(m);
  }
  for (RClass* m : to_add) {
    at->super = make_iclass(vm, m, at->super);
    at = at->super;
  }
  ++vm.global_serial;
  ++vm.const_serial;   // the module's constants are now ancestors' constants
}

std::vector<RClass*> ancestors(RClass* klass) {
  std::vector<RClass*> out;
  for (RClass* c = klass; c != nullptr; c = c->super) {
    if (c->kind == ClassKind::kIClass) out.push_back(c->module);   // incl. a prepended origin
    else if (c->origin == c) out.push_back(c);   // a prepended class shows at its origin
  }
  return out;
}

bool class_inherits(RClass* klass, RClass* ancestor) {
  for (RClass* c = klass; c != nullptr; c = c->super)
    if (c == ancestor || (c->kind == ClassKind::kIClass && c->module == ancestor)) return true;
  return false;
}

// Method entries are never freed (see define_method_entry), so they are carved from
// blocks: boot defines ~1,500 of them, and one malloc each was a tenth of its work.
static MethodEntry* new_method_entry(const MethodEntry& entry) {
  static constexpr size_t kBlock = 256;
  static MethodEntry* next = nullptr;
  static size_t left = 0;
  if (left == 0) {
    next = new MethodEntry[kBlock];
    left = kBlock;
  }
  --left;
  *next = entry;
  return next++;
}

MethodEntry* define_method_entry(Vm& vm, RClass* klass, SymId name, MethodEntry entry) {
  RClass* target = klass->origin;
  auto* me = new_method_entry(entry);
  me->name = name;
  if (me->original_name == 0) me->original_name = name;
  if (me->owner == nullptr) me->owner = klass;
  MethodTable& t = *target->m_tbl;
  // Old entries are leaked on purpose: running frames and caches may still point at
  // them (they are small, and redefinition is rare).
  t[name] = me;
  ++klass->serial;
  ++vm.global_serial;
  if (vm.persistent_mode) persist::note_method(vm, klass, name, me);
  return me;
}

void define_native(Vm& vm, RClass* klass, const char* name, NativeFn fn, int arity,
                   Visibility vis) {
  MethodEntry e;
  e.kind = MethodEntry::Kind::kNative;
  e.fn = fn;
  e.arity = arity;
  e.vis = vis;
  define_method_entry(vm, klass, intern(name), e);
}

void define_singleton_native(Vm& vm, Value obj, const char* name, NativeFn fn, int arity) {
  define_native(vm, singleton_class(vm, obj), name, fn, arity);
}

MethodEntry* own_method(RClass* klass, SymId name) {
  MethodTable& t = *klass->origin->m_tbl;
  auto it = t.find(name);
  return it == t.end() ? nullptr : it->second;
}

MethodEntry* find_method(RClass* klass, SymId name, RClass** where) {
  for (RClass* c = klass; c != nullptr; c = c->super) {
    auto it = c->m_tbl->find(name);
    if (it != c->m_tbl->end()) {
      if (it->second->kind == MethodEntry::Kind::kUndefined) return nullptr;
      if (where) *where = c;
      return it->second;
    }
  }
  return nullptr;
}

MethodEntry* find_super_method(RClass* klass, RClass* owner, SymId name) {
  RClass* c = klass;
  for (; c != nullptr; c = c->super) {
    if (c == owner || (c->kind == ClassKind::kIClass && c->module == owner)) {
      // Skip the class itself and its origin (prepend) before looking further.
      if (c->kind != ClassKind::kIClass && c->origin != c) c = c->origin;
      break;
    }
  }
  if (c == nullptr) return nullptr;
  return find_method(c->super, name);
}

uint32_t iv_slot(RClass* klass, SymId name) {
  ClassExt* ext = klass->ext;
  auto it = ext->iv_index.find(name);
  if (it != ext->iv_index.end()) return it->second;
  auto slot = static_cast<uint32_t>(ext->iv_names.size());
  ext->iv_index.emplace(name, slot);
  ext->iv_names.push_back(name);
  return slot;
}

std::string class_path(Vm& vm, RClass* klass) {
  if (klass == nullptr) return "";
  if (klass->kind == ClassKind::kIClass) klass = klass->module;
  if (klass->ext->name.is_heap()) return str_std(klass->ext->name);
  char buf[64];
  if (klass->kind == ClassKind::kSingleton) {
    Value att = klass->attached;
    if (!att.is_heap() || att.heap()->type != HeapType::kClass) {   // rb_any_to_s, not inspect
      std::snprintf(buf, sizeof buf, ":0x%016lx>>", static_cast<unsigned long>(att.bits()));
      return "#<Class:#<" + vm.class_name_of(att) + buf;
    }
    std::string inner = class_path(vm, att.as<RClass>());
    return "#<Class:" + inner + ">";
  }
  std::snprintf(buf, sizeof buf, "#<%s:0x%016lx>", is_module(klass) ? "Module" : "Class",
                static_cast<unsigned long>(reinterpret_cast<uintptr_t>(klass)));
  return buf;
}

}  // namespace maglev::vm
