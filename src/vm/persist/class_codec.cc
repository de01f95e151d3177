// The persistent record of a class or module: what was defined on it in persistent
// mode (methods, class-side methods, constants, mixins) and, for classes defined by
// users, its name, superclass and class-level state (class variables and instance
// variables). Core classes are named by path and never recreated: their record only
// adds the persistent definitions on top of the core library.
#include <algorithm>

#include "vm/core/core.h"
#include "vm/persist/store.h"

namespace maglev::vm::persist {

namespace {

enum : uint8_t { kClassRecord = 0, kModuleRecord = 1 };

Value ref_of(void* p) { return p ? Value::object(static_cast<RBasic*>(p)) : Value::nil(); }

RClass* real_super(RClass* c) {
  RClass* s = c->super;
  while (s != nullptr && s->kind == ClassKind::kIClass) s = s->super;
  return s;
}

void encode_method(Vm& vm, Writer& w, SymId name, const MethodEntry* me, const RefFn& ref) {
  w.u8(static_cast<uint8_t>(me->kind));
  w.u8(static_cast<uint8_t>(me->vis));
  w.bytes(sym_name(name));
  w.bytes(sym_name(me->original_name));
  Edge via{Edge::kMethod, name};
  // A class-side method's owner is the metaclass: written as its class.
  RClass* owner = me->owner;
  bool meta = owner && owner->kind == ClassKind::kSingleton && owner->attached.is_heap() &&
              owner->attached.heap()->type == HeapType::kClass;
  // An object's own singleton class is not stored: its entries are read back into the
  // object's singleton class (owner nil: the table's class).
  bool own = owner && owner->kind == ClassKind::kSingleton && !meta;
  w.u8(meta ? 1 : 0);
  put_value(vm, w, meta ? owner->attached : own ? Value::nil() : ref_of(owner), ref, via);
  switch (me->kind) {
    case MethodEntry::Kind::kBytecode:
      put_value(vm, w, ref_of(me->code), ref, via);
      put_value(vm, w, me->cref, ref, via);
      break;
    case MethodEntry::Kind::kAttrReader:
    case MethodEntry::Kind::kAttrWriter:
      w.bytes(sym_name(me->ivar));
      break;
    case MethodEntry::Kind::kProc:
      put_value(vm, w, ref_of(me->proc), ref, via);
      put_value(vm, w, me->cref, ref, via);
      break;
    case MethodEntry::Kind::kNative:
    case MethodEntry::Kind::kUndefined:
      break;   // natives are found again by owner and original name
  }
}

// Reads one method entry; false when it cannot be rebuilt here (a native that this
// build does not have).
bool decode_method(Vm& vm, Reader& r, SymId* name, MethodEntry* e) {
  e->kind = static_cast<MethodEntry::Kind>(r.u8());
  e->vis = static_cast<Visibility>(r.u8());
  *name = intern(r.bytes());
  e->name = *name;
  e->original_name = intern(r.bytes());
  bool meta = r.u8() != 0;
  Value owner = get_value(vm, r);
  e->owner = owner.is_heap() && owner.heap()->type == HeapType::kClass ? owner.as<RClass>() : nullptr;
  if (meta && e->owner) e->owner = singleton_class(vm, owner);
  e->cref = Value::nil();
  switch (e->kind) {
    case MethodEntry::Kind::kBytecode: {
      Value code = get_value(vm, r);
      e->code = code.is_heap() ? code.as<RCode>() : nullptr;
      e->cref = get_value(vm, r);
      return e->code != nullptr;
    }
    case MethodEntry::Kind::kAttrReader:
    case MethodEntry::Kind::kAttrWriter:
      e->ivar = intern(r.bytes());
      return true;
    case MethodEntry::Kind::kProc: {
      Value p = get_value(vm, r);
      e->proc = p.is_heap() ? p.as<RProc>() : nullptr;
      e->cref = get_value(vm, r);
      return e->proc != nullptr;
    }
    case MethodEntry::Kind::kNative: {
      MethodEntry* native = e->owner ? own_method(e->owner, e->original_name) : nullptr;
      if (native == nullptr || native->kind != MethodEntry::Kind::kNative) return false;
      Visibility vis = e->vis;
      RClass* owner = e->owner;
      *e = *native;
      e->vis = vis;
      e->owner = owner;
      e->name = *name;
      return true;
    }
    case MethodEntry::Kind::kUndefined:
      return true;
  }
  r.bad = true;
  return false;
}

}  // namespace

void encode_methods(Vm& vm, Writer& w, const std::unordered_map<SymId, MethodEntry*>& t,
                    const RefFn& ref) {
  std::vector<SymId> names;
  for (auto& [n, me] : t) names.push_back(n);
  std::sort(names.begin(), names.end(),
            [](SymId a, SymId b) { return sym_name(a) < sym_name(b); });   // stable bytes
  w.varint(names.size());
  for (SymId n : names) encode_method(vm, w, n, t.at(n), ref);
}

// Installs persistent entries into `target`'s local table, unless a transient definition
// made in this VM shadows the previous persistent entry there.
void decode_methods(Vm& vm, Reader& r, RClass* target,
                    std::unordered_map<SymId, MethodEntry*>& table) {
  std::unordered_map<SymId, MethodEntry*> old;
  old.swap(table);
  uint64_t n = r.varint();
  for (uint64_t i = 0; i < n && !r.bad; ++i) {
    SymId name;
    MethodEntry e;
    if (!decode_method(vm, r, &name, &e)) continue;
    MethodEntry* local = own_method(target, name);
    auto prev = old.find(name);
    bool shadowed = local != nullptr && prev != old.end() && local != prev->second;
    if (shadowed) {
      table[name] = new MethodEntry(e);
    } else {
      table[name] = define_method_entry(vm, target, name, e);
    }
  }
  // Persistent entries that went away (removed by another VM) leave the local table too.
  for (auto& [name, me] : old)
    if (!table.count(name) && own_method(target, name) == me) {
      target->origin->m_tbl->erase(name);
      ++target->serial;
      ++vm.global_serial;
    }
}

namespace {

bool has_ancestor(RClass* klass, RClass* module) {
  for (RClass* c = klass; c != nullptr; c = c->super)
    if (c == module || (c->kind == ClassKind::kIClass && c->module == module)) return true;
  return false;
}

}  // namespace

bool is_core_class(RClass* c) { return c->ext != nullptr && c->ext->core; }

RClass* core_class_by_path(Vm& vm, std::string_view path) {
  RClass* c = vm.cObject;
  if (path == "Object") return c;
  size_t at = 0;
  while (at <= path.size()) {
    size_t end = path.find("::", at);
    std::string_view part = path.substr(at, end == std::string_view::npos ? end : end - at);
    auto it = c->ext->consts.find(intern(part));
    if (it == c->ext->consts.end()) return nullptr;
    Value v = it->second.value;
    if (!v.is_heap() || v.heap()->type != HeapType::kClass) return nullptr;
    c = v.as<RClass>();
    if (end == std::string_view::npos) break;
    at = end + 2;
  }
  return is_core_class(c) ? c : nullptr;
}

void encode_class(Vm& vm, RClass* c, Writer& w, const RefFn& ref) {
  bool core = is_core_class(c);
  w.u8(c->kind == ClassKind::kModule ? kModuleRecord : kClassRecord);
  w.bytes(core ? class_path(vm, c) : "");
  ClassExt* ext = c->ext;
  if (!core) {
    w.bytes(ext->name.is_nil() ? "" : str_view(ext->name));
    put_value(vm, w, ref_of(real_super(c)), ref, Edge{Edge::kNone});
    w.u8(ext->instances_persistable ? 1 : 0);
  }
  static const PersistentTables kEmpty;
  const PersistentTables& p = ext->ptab ? *ext->ptab : kEmpty;
  encode_methods(vm, w, p.methods, ref);
  encode_methods(vm, w, p.smethods, ref);
  w.varint(p.const_order.size());
  for (SymId n : p.const_order) {
    const PersistentConst& pc = p.consts.at(n);
    w.bytes(sym_name(n));
    w.u8((pc.is_private ? 1 : 0) | (pc.autoload ? 2 : 0));
    // A reference is written the same way whether or not this VM has faulted it in,
    // so reading a constant never makes its module's record look changed.
    Value v = pc.value;
    if (v.is_undef() && pc.oop != 0) {
      RBasic* o = store(vm).loaded.get(pc.oop);
      if (o == nullptr) {
        w.u8(1);
        w.varint(pc.oop);
        continue;
      }
      v = Value::object(o);
    }
    if (is_reference(vm, v)) {
      w.u8(1);
      w.varint(ref(v, Edge{Edge::kConst, n}));
    } else {
      w.u8(0);
      put_value(vm, w, v, ref, Edge{Edge::kConst, n});
    }
  }
  w.varint(p.mixins.size());
  for (auto& [mix, m] : p.mixins) {
    w.u8(static_cast<uint8_t>(mix));
    put_value(vm, w, ref_of(m), ref, Edge{Edge::kNone});
  }
  if (core) return;
  w.varint(ext->ivar_order.size());
  for (SymId n : ext->ivar_order) {
    w.bytes(sym_name(n));
    put_value(vm, w, ext->ivars.at(n), ref, Edge{Edge::kIvar, n});
  }
  w.varint(ext->cvar_order.size());
  for (SymId n : ext->cvar_order) {
    w.bytes(sym_name(n));
    put_value(vm, w, ext->cvars.at(n), ref, Edge{Edge::kCvar, n});
  }
}

RClass* class_shell(Vm& vm, Reader& r) {
  uint8_t kind = r.u8();
  std::string_view core_path = r.bytes();
  if (!core_path.empty()) {
    RClass* c = core_class_by_path(vm, core_path);
    if (c == nullptr)
      raise_maglev(vm, "MaglevException",
                   "the repository extends core class " + std::string(core_path) +
                       ", which this VM does not have");
    return c;
  }
  std::string name(r.bytes());
  Value super = get_value(vm, r);
  RClass* c;
  if (kind == kModuleRecord) {
    c = module_new(vm, nullptr, nullptr);
  } else {
    RClass* s = super.is_heap() && super.heap()->type == HeapType::kClass ? super.as<RClass>()
                                                                           : vm.cObject;
    c = class_new(vm, s, nullptr, nullptr);
  }
  if (!name.empty()) c->ext->name = str_new(vm, name);
  c->ext->persistable = true;
  return c;
}

void decode_class(Vm& vm, RClass* c, Reader& r, bool /*refresh*/) {
  r.u8();
  bool core = !r.bytes().empty();
  ClassExt* ext = c->ext;
  if (!core) {
    r.bytes();
    get_value(vm, r);
    ext->instances_persistable = r.u8() != 0;
  }
  if (ext->ptab == nullptr) ext->ptab = new PersistentTables();
  PersistentTables& p = *ext->ptab;
  decode_methods(vm, r, c, p.methods);
  decode_methods(vm, r, singleton_class(vm, Value::object(c)), p.smethods);
  // Constants: values stay in the repository until first use (fault_const).
  std::unordered_map<SymId, PersistentConst> old;
  old.swap(p.consts);
  p.const_order.clear();
  uint64_t n = r.varint();
  for (uint64_t i = 0; i < n && !r.bad; ++i) {
    SymId name = intern(r.bytes());
    PersistentConst pc;
    uint8_t flags = r.u8();
    pc.is_private = flags & 1;
    pc.autoload = flags & 2;
    if (r.u8() == 1) {
      pc.oop = r.varint();
      RBasic* o = store(vm).loaded.get(pc.oop);
      pc.value = o ? Value::object(o) : Value::undef();
    } else {
      pc.value = get_value(vm, r);
    }
    p.consts[name] = pc;
    p.const_order.push_back(name);
    auto local = ext->consts.find(name);
    auto prev = old.find(name);
    bool shadowed = local != ext->consts.end() && prev != old.end() &&
                    !(local->second.value == prev->second.value &&
                      local->second.fault_oop == (prev->second.value.is_undef() ? prev->second.oop : 0));
    if (shadowed) continue;
    if (local == ext->consts.end()) {
      ext->consts.emplace(name, ConstEntry{pc.value, pc.is_private, false, Value::undef()});
      ext->const_order.push_back(name);
      local = ext->consts.find(name);
    }
    local->second.is_private = pc.is_private;
    if (pc.autoload) {   // the path string is read now: autoload needs it at lookup
      Value path = pc.value;
      if (path.is_undef() && pc.oop) path = Value::object(fault(vm, pc.oop));
      local->second.value = Value::undef();
      local->second.autoload = path;
      local->second.fault_oop = 0;
      continue;
    }
    local->second.value = pc.value;
    local->second.fault_oop = pc.value.is_undef() ? pc.oop : 0;
    if (pc.value.is_heap() && pc.value.heap()->type == HeapType::kClass) {
      RClass* k = pc.value.as<RClass>();
      if (k->ext->lexical_parent == nullptr && !is_core_class(k)) k->ext->lexical_parent = c;
    }
  }
  // Persistent constants that went away (removed, or never committed before an abort)
  // leave the local table too, unless a transient assignment shadows them.
  for (auto& [name, pc] : old) {
    if (p.consts.count(name)) continue;
    auto local = ext->consts.find(name);
    if (local != ext->consts.end() && local->second.value == pc.value &&
        local->second.fault_oop == (pc.value.is_undef() ? pc.oop : 0)) {
      ext->consts.erase(local);
      ext->const_order.erase(std::find(ext->const_order.begin(), ext->const_order.end(), name));
    }
  }
  ++vm.const_serial;
  uint64_t nm = r.varint();
  p.mixins.clear();
  for (uint64_t i = 0; i < nm && !r.bad; ++i) {
    auto mix = static_cast<PersistentTables::Mix>(r.u8());
    Value m = get_value(vm, r);
    if (!m.is_heap() || m.heap()->type != HeapType::kClass) continue;
    RClass* mod = m.as<RClass>();
    p.mixins.emplace_back(mix, mod);
    switch (mix) {
      case PersistentTables::Mix::kInclude:
        if (!has_ancestor(c, mod)) include_module(vm, c, mod);
        break;
      case PersistentTables::Mix::kPrepend:
        if (!has_ancestor(c, mod)) prepend_module(vm, c, mod);
        break;
      case PersistentTables::Mix::kExtend: {
        RClass* s = singleton_class(vm, Value::object(c));
        if (!has_ancestor(s, mod)) include_module(vm, s, mod);
        break;
      }
    }
  }
  if (core) return;
  ext->ivars.clear();
  ext->ivar_order.clear();
  uint64_t ni = r.varint();
  for (uint64_t i = 0; i < ni && !r.bad; ++i) {
    SymId name = intern(r.bytes());
    ext->ivars[name] = get_value(vm, r);
    ext->ivar_order.push_back(name);
  }
  ext->cvars.clear();
  ext->cvar_order.clear();
  uint64_t nc = r.varint();
  for (uint64_t i = 0; i < nc && !r.bad; ++i) {
    SymId name = intern(r.bytes());
    ext->cvars[name] = get_value(vm, r);
    ext->cvar_order.push_back(name);
  }
}

}  // namespace maglev::vm::persist
