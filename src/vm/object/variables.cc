// Instance variables of any object (RObject slots, class tables, a side table for
// other types) and global variables (plain, special and aliased).
#include <unistd.h>

#include "vm/interp/ops.h"
#include "vm/object/array.h"
#include "vm/object/string.h"
#include "vm/runtime.h"

namespace maglev::vm {

void note_dirty(RBasic* o) {
  Vm& vm = the_vm();
  if (vm.barrier_paused) return;
  o->flags |= kFlagDirty;
  vm.dirty_objects.push_back(o);
}

Value Vm::ivar_get(Value obj, SymId name) {
  if (!obj.is_heap()) return Value::nil();
  RBasic* o = obj.heap();
  if (o->type == HeapType::kObject) {
    auto* ro = reinterpret_cast<RObject*>(o);
    uint32_t slot = iv_slot(real_class(o->klass), name);
    if (slot >= ro->ivlen) return Value::nil();
    Value v = ro->ivs[slot];
    return v.is_undef() ? Value::nil() : v;
  }
  if (o->type == HeapType::kClass) {
    auto* c = reinterpret_cast<RClass*>(o);
    auto it = c->ext->ivars.find(name);
    return it == c->ext->ivars.end() ? Value::nil() : it->second;
  }
  auto it = generic_ivars.find(o);
  if (it == generic_ivars.end()) return Value::nil();
  auto jt = it->second.find(name);
  return jt == it->second.end() ? Value::nil() : jt->second;
}

void Vm::ivar_set(Value obj, SymId name, Value v) {
  if (!obj.is_heap()) raise_frozen(obj);
  RBasic* o = obj.heap();
  if (o->frozen()) raise_frozen(obj);
  if (o->type == HeapType::kObject) {
    auto* ro = reinterpret_cast<RObject*>(o);
    ivar_store(ro, iv_slot(real_class(o->klass), name), v);
    return;
  }
  if (o->type == HeapType::kClass) {
    auto* c = reinterpret_cast<RClass*>(o);
    if (!c->ext->ivars.count(name)) c->ext->ivar_order.push_back(name);
    c->ext->ivars[name] = v;
    write_barrier(o);
    return;
  }
  auto& table = generic_ivars[o];
  if (!table.count(name)) generic_ivar_order[o].push_back(name);
  table[name] = v;
  o->flags |= kFlagGenericIvars;
}

void ivar_store(RObject* ro, uint32_t slot, Value v) {
  if (ro->ivs == nullptr) {
    ro->ivs = ro->inline_ivs;
    ro->ivcap = RObject::kInline;
  }
  if (slot >= ro->ivcap) {
    uint32_t cap = ro->ivcap * 2;
    while (cap <= slot) cap *= 2;
    auto* ivs = new Value[cap];
    for (uint32_t i = 0; i < ro->ivlen; ++i) ivs[i] = ro->ivs[i];
    if (ro->ivs != ro->inline_ivs) delete[] ro->ivs;
    ro->ivs = ivs;
    ro->ivcap = cap;
  }
  for (uint32_t i = ro->ivlen; i <= slot; ++i) ro->ivs[i] = Value::undef();
  if (slot >= ro->ivlen) ro->ivlen = slot + 1;
  ro->ivs[slot] = v;
  write_barrier(&ro->basic);
}

bool Vm::ivar_defined(Value obj, SymId name) {
  if (!obj.is_heap()) return false;
  RBasic* o = obj.heap();
  if (o->type == HeapType::kObject) {
    auto* ro = reinterpret_cast<RObject*>(o);
    auto& idx = real_class(o->klass)->ext->iv_index;
    auto it = idx.find(name);
    return it != idx.end() && it->second < ro->ivlen && !ro->ivs[it->second].is_undef();
  }
  if (o->type == HeapType::kClass) return reinterpret_cast<RClass*>(o)->ext->ivars.count(name);
  auto it = generic_ivars.find(o);
  return it != generic_ivars.end() && it->second.count(name);
}

std::vector<SymId> Vm::ivar_names(Value obj) {
  std::vector<SymId> out;
  if (!obj.is_heap()) return out;
  RBasic* o = obj.heap();
  auto visible = [](SymId s) { return sym_name(s)[0] == '@'; };
  if (o->type == HeapType::kObject) {
    auto* ro = reinterpret_cast<RObject*>(o);
    const auto& names = real_class(o->klass)->ext->iv_names;
    for (uint32_t i = 0; i < ro->ivlen && i < names.size(); ++i)
      if (!ro->ivs[i].is_undef() && visible(names[i])) out.push_back(names[i]);
    return out;
  }
  if (o->type == HeapType::kClass) {
    for (SymId s : reinterpret_cast<RClass*>(o)->ext->ivar_order)
      if (visible(s)) out.push_back(s);
    return out;
  }
  auto it = generic_ivar_order.find(o);
  if (it != generic_ivar_order.end())
    for (SymId s : it->second)
      if (visible(s) && generic_ivars[o].count(s)) out.push_back(s);
  return out;
}

bool Vm::is_special_gvar(SymId name) {
  const std::string& n = sym_name(name);
  return n == "$!" || n == "$0" || n == "$~" || n == "$stdout" || n == "$stderr" ||
         n == "$stdin" || n == "$:" || n == "$LOAD_PATH" || n == "$\"" ||
         n == "$LOADED_FEATURES" || n == "$," || n == "$/" || n == "$;" || n == "$PROGRAM_NAME";
}

Value Vm::gvar_get(SymId name) {
  auto alias = gvar_aliases.find(name);
  if (alias != gvar_aliases.end()) name = alias->second;
  const std::string& n = sym_name(name);
  if (n == "$!") return errinfo;
  if (n == "$~") return last_match;
  // Reached by name only through an alias (English.rb's $MATCH ...): the compiler reads
  // these directly.
  if (n == "$$") return Value::fixnum(static_cast<int64_t>(getpid()));
  if (n == "$&" || n == "$`" || n == "$'" || n == "$+") {
    if (last_match.is_nil()) return last_match;
    if (n == "$&") return call(last_match, intern("[]"), {Value::fixnum(0)});
    if (n == "$`") return call(last_match, intern("pre_match"), {});
    if (n == "$'") return call(last_match, intern("post_match"), {});
    Value caps = call(last_match, intern("captures"), {});
    Value last = Value::nil();
    for (int64_t i = 0; i < ary_len(caps); ++i)
      if (!ary_at(caps, i).is_nil()) last = ary_at(caps, i);
    return last;
  }
  if (n == "$@") return errinfo.is_nil() ? Value::nil() : call(errinfo, sym::backtrace);
  if (n == "$PROGRAM_NAME") name = intern("$0");
  if (n == "$LOAD_PATH") name = intern("$:");
  if (n == "$LOADED_FEATURES") name = intern("$\"");
  auto it = globals.find(name);
  return it == globals.end() ? Value::nil() : it->second;
}

void Vm::gvar_set(SymId name, Value v) {
  auto alias = gvar_aliases.find(name);
  if (alias != gvar_aliases.end()) name = alias->second;
  const std::string& n = sym_name(name);
  if (n == "$!") {
    errinfo = v;
    return;
  }
  if (n == "$~") {
    last_match = v;
    return;
  }
  if ((n == "$stdout" || n == "$stderr") && !respond_to(v, intern("write"), false))
    raise(eTypeError, n + " must have write method, " + class_name_of(v) + " given");
  if (n == "$PROGRAM_NAME") name = intern("$0");
  globals[name] = v;
}

void Vm::note_method_defined(RClass* klass, SymId name) {
  if (!booted) return;
  // A refinement's method replaces the refined class's where it is active.
  if (klass->kind == ClassKind::kModule && klass->ext->refined_class) {
    klass = klass->ext->refined_class;
    if (klass == cInteger && name == sym::to_s) refined_int_to_s = true;
  }
  static const char* const kOps[] = {"+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=",
                                     "&", "|", "^", "<<", ">>"};
  const std::string& n = sym_name(name);
  bool is_op = false;
  for (const char* op : kOps) is_op = is_op || n == op;
  if (klass == cInteger && is_op) redefined_int_ops = true;
  if (klass == cFloat && is_op) redefined_float_ops = true;
  if (klass == cArray && (n == "[]" || n == "[]=" || n == "<<")) redefined_ary_ops = true;
  if (klass == cString && n == "<<") redefined_str_ops = true;
  if (n == "!" ) redefined_not = true;
  if (is_op && (klass == cObject || klass == mKernel || klass == cBasicObject || klass == cNumeric ||
                klass == mComparable)) {
    redefined_int_ops = redefined_float_ops = true;
  }
}

}  // namespace maglev::vm
