// Symbol: names, comparison, to_proc, and string-like queries.
#include "vm/core/core.h"
#include "vm/core/encoding.h"
#include "vm/interp/refinement.h"

namespace maglev::vm {

static bool plain_symbol(const std::string& s) {
  if (s.empty()) return false;
  static const char* const kOps[] = {"+", "-", "*", "/", "%", "**", "==", "===", "!=", "<", "<=",
                                     ">", ">=", "<=>", "<<", ">>", "!", "~", "+@", "-@", "[]",
                                     "[]=", "&", "|", "^", "=~", "!~", "`"};
  for (const char* op : kOps)
    if (s == op) return true;
  size_t i = 0;
  if (s[0] == '$') {
    i = 1;
    if (s.size() == 2 && std::strchr("~*$?!@/\\;,.=:<>\"&`'+0123456789_", s[1])) return true;
  } else if (s[0] == '@') {
    i = s.size() > 1 && s[1] == '@' ? 2 : 1;
  }
  if (i >= s.size()) return false;
  unsigned char f = static_cast<unsigned char>(s[i]);
  if (!(std::isalpha(f) || f == '_' || f >= 0x80)) return false;
  for (size_t j = i + 1; j < s.size(); ++j) {
    unsigned char c = static_cast<unsigned char>(s[j]);
    bool last = j + 1 == s.size();
    if (std::isalnum(c) || c == '_' || c >= 0x80) continue;
    if (last && i == 0 && (c == '?' || c == '!' || c == '=')) continue;
    return false;
  }
  return true;
}

NATIVE(sym_to_s) { UNUSED_ARGS; return str_new_7bit(vm, sym_name(self.symbol_id())); }
NATIVE(sym_inspect) {
  UNUSED_ARGS;
  const std::string& n = sym_name(self.symbol_id());
  if (plain_symbol(n)) return str_new_7bit(vm, ":" + n);
  return str_new_7bit(vm, ":" + str_inspect(n));
}
// Symbol#name: the frozen string CRuby returns (to_s gives a fresh one).
NATIVE(sym_name_m) {
  UNUSED_ARGS;
  Value s = str_new_7bit(vm, sym_name(self.symbol_id()));
  s.heap()->flags |= kFlagFrozen;
  return s;
}
NATIVE(sym_to_sym) { UNUSED_ARGS; return self; }
NATIVE(sym_to_proc) {
  UNUSED_ARGS;
  auto* p = vm.heap.make<RProc>(HeapType::kProc, vm.cProc);
  p->native = self;
  p->self = Value::nil();
  p->block = Value::nil();
  // &:sym calls see the refinements of the scope that made the Proc.
  Frame* caller = vm.current();
  p->cref = caller && cref_refined(caller->cref) ? caller->cref : Value::nil();
  p->basic.flags |= kFlagLambda;
  return Value::object(p);
}
NATIVE(sym_cmp) {
  UNUSED_ARGS;
  if (!argv[0].is_symbol()) return Value::nil();
  int c = sym_name(self.symbol_id()).compare(sym_name(argv[0].symbol_id()));
  return Value::fixnum(c < 0 ? -1 : c > 0);
}
NATIVE(sym_length) { UNUSED_ARGS; return Value::fixnum(str_char_length(str_new(vm, sym_name(self.symbol_id())))); }
static Value via_string(Vm& vm, Value self, const char* meth, int argc, const Value* argv) {
  Value s = str_new(vm, sym_name(self.symbol_id()));
  return vm.call(s, intern(meth), argc, argv);
}
NATIVE(sym_upcase) { UNUSED_ARGS; return Value::symbol(intern(str_view(via_string(vm, self, "upcase", 0, nullptr)))); }
NATIVE(sym_downcase) { UNUSED_ARGS; return Value::symbol(intern(str_view(via_string(vm, self, "downcase", 0, nullptr)))); }
NATIVE(sym_capitalize) { UNUSED_ARGS; return Value::symbol(intern(str_view(via_string(vm, self, "capitalize", 0, nullptr)))); }
NATIVE(sym_succ) { UNUSED_ARGS; return Value::symbol(intern(str_view(via_string(vm, self, "succ", 0, nullptr)))); }
NATIVE(sym_aref) { UNUSED_ARGS; return via_string(vm, self, "[]", argc, argv); }
NATIVE(sym_start_with) { UNUSED_ARGS; return via_string(vm, self, "start_with?", argc, argv); }
NATIVE(sym_end_with) { UNUSED_ARGS; return via_string(vm, self, "end_with?", argc, argv); }
NATIVE(sym_empty) { UNUSED_ARGS; return Value::boolean(sym_name(self.symbol_id()).empty()); }
NATIVE(sym_all) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (size_t i = 0; i < symbol_count(); ++i) ary_push(vm, a, Value::symbol(static_cast<SymId>(i)));
  return a;
}

void init_symbol(Vm& vm) {
  RClass* c = vm.cSymbol;
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"to_s", sym_to_s, 0}, {"id2name", sym_to_s, 0}, {"name", sym_name_m, 0},
      {"inspect", sym_inspect, 0}, {"to_sym", sym_to_sym, 0}, {"to_proc", sym_to_proc, 0},
      {"<=>", sym_cmp, 1}, {"length", sym_length, 0}, {"size", sym_length, 0},
      {"upcase", sym_upcase, 0}, {"downcase", sym_downcase, 0},
      {"capitalize", sym_capitalize, 0}, {"succ", sym_succ, 0}, {"[]", sym_aref, -1},
      {"start_with?", sym_start_with, -1}, {"end_with?", sym_end_with, -1},
      {"empty?", sym_empty, 0}};
  for (auto& m : methods) define_native(vm, c, m.name, m.fn, m.arity);
  include_module(vm, c, vm.mComparable);
  define_native(vm, singleton_class(vm, Value::object(c)), "all_symbols", sym_all, 0);
  MethodEntry undef;
  undef.kind = MethodEntry::Kind::kUndefined;
  define_method_entry(vm, singleton_class(vm, Value::object(c)), sym::new_, undef);
}

}  // namespace maglev::vm
