// The compiler's core: scopes and parameters, emission with stack-depth tracking,
// literals, variables, calls, definitions. Assignment is in compile_assign.cc and
// control flow in compile_control.cc.
#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "vm/compile/compiler_impl.h"
#include "vm/core/regexp_source.h"
#include "vm/interp/ops.h"
#include "vm/object/numeric.h"
#include "vm/object/string.h"

namespace maglev::vm {

int Code::line_at(uint32_t pc) const {
  int line = first_line;
  for (const auto& [p, l] : lines) {
    if (p > pc) break;
    line = l;
  }
  return line;
}

const CodeSpot* Code::spot_at(uint32_t pc) const {
  auto it = std::upper_bound(spots.begin(), spots.end(), pc,
                             [](uint32_t p, const CodeSpot& s) { return p < s.pc_beg; });
  if (it == spots.begin()) return nullptr;
  --it;
  return pc < it->pc_end ? &*it : nullptr;
}

void Compiler::mark(uint32_t pc_beg, std::optional<Spot> spot) {
  if (!spot || spot->end_col > 0xffff) return;
  s_->code->spots.push_back({pc_beg, static_cast<uint32_t>(s_->code->insns.size()), spot->line,
                             static_cast<uint16_t>(spot->beg_col),
                             static_cast<uint16_t>(spot->end_col)});
}

void Compiler::adjust(int delta) {
  s_->depth += delta;
  if (s_->depth > static_cast<int>(s_->code->stack_max))
    s_->code->stack_max = static_cast<uint32_t>(s_->depth);
}

void Compiler::jump_op(uint32_t op, int label) {
  emit(op);
  s_->fixups.emplace_back(s_->code->insns.size(), label);
  emit_word(0);
}

uint32_t Compiler::literal(Value v) {
  s_->code->literals.push_back(v);
  return static_cast<uint32_t>(s_->code->literals.size() - 1);
}

uint32_t Compiler::call_info(SymId mid, int argc, uint16_t flags, int block,
                             const std::vector<SymId>& kw) {
  CallInfo ci;
  ci.mid = mid;
  ci.argc = static_cast<uint16_t>(argc);
  ci.flags = flags;
  ci.block = block;
  if (!kw.empty()) {
    ci.flags |= kCallKwArgs;
    ci.kwc = static_cast<uint16_t>(kw.size());
    ci.kw_lit = static_cast<int32_t>(s_->code->literals.size());
    for (SymId name : kw) s_->code->literals.push_back(Value::symbol(name));
  }
  s_->code->calls.push_back(ci);
  return static_cast<uint32_t>(s_->code->calls.size() - 1);
}

uint32_t Compiler::child(RCode* c) {
  s_->code->children.push_back(c);
  return static_cast<uint32_t>(s_->code->children.size() - 1);
}

void Compiler::line(const Node* n) {
  if (n->line != s_->last_line && n->line > 0) {
    s_->code->lines.emplace_back(static_cast<uint32_t>(s_->code->insns.size()), n->line);
    s_->last_line = n->line;
  }
}

void Compiler::send(SymId mid, int argc, uint16_t flags, int block) {
  emit(op_send, call_info(mid, argc, flags, block));
  adjust(-argc);   // receiver replaced by the result
}

int Compiler::hidden_local() {
  s_->code->local_names.push_back(sym::empty_name);
  return static_cast<int>(s_->code->nlocals++);
}

// --- scopes ---------------------------------------------------------------------

bool contains_closure(const Node* root) {
  // (a worklist, not recursion: a 300,000-term `1+1+...` is that deep)
  std::vector<const Node*> todo{root};
  while (!todo.empty()) {
    const Node* n = todo.back();
    todo.pop_back();
    if (n == nullptr) continue;
    switch (n->kind) {
      case NodeKind::kBLOCK:
      case NodeKind::kLAMBDA:
      case NodeKind::kFOR:
      case NodeKind::kPOSTEXE:
        return true;
      case NodeKind::kDEF:
      case NodeKind::kDEFS:
      case NodeKind::kCLASS:
      case NodeKind::kMODULE:
      case NodeKind::kSCLASS:
        // Their own scopes; but the class path / singleton expression is ours.
        if (n->kind == NodeKind::kDEFS) todo.push_back(n->c);
        if (n->kind == NodeKind::kCLASS) todo.insert(todo.end(), {n->a, n->b});
        if (n->kind == NodeKind::kSCLASS) todo.push_back(n->a);
        continue;
      case NodeKind::kCALL:
        if (n->str == "binding" || n->str == "eval" || n->str == "local_variables" ||
            n->str == "local_variable_get" || n->str == "local_variable_set")
          return true;
        break;
      default:
        break;
    }
    todo.insert(todo.end(), {n->a, n->b, n->c, n->d});
    todo.insert(todo.end(), n->list.begin(), n->list.end());
  }
  return false;
}

static int local_slot(const Code* code, const std::string& name) {
  SymId id = intern(name);
  for (size_t i = 0; i < code->local_names.size(); ++i)
    if (code->local_names[i] == id) return static_cast<int>(i);
  return -1;
}

RCode* Compiler::scope(const Node* node, Code::Kind kind, const std::string& name,
                       ScopeCtx* parent, const Node* params, const Node* body_node) {
  auto* rc = vm_.heap.make<RCode>(HeapType::kCode, nullptr);
  rc->code = new Code();
  Code* code = rc->code;
  code->kind = kind;
  code->name = name;
  code->file = file_;
  code->first_line = node->line;
  for (const std::string& l : node->locals) code->local_names.push_back(intern(l));
  code->nlocals = static_cast<uint32_t>(code->local_names.size());
  code->needs_env = contains_closure(body_node) || contains_closure(params);
  ScopeCtx ctx;
  ctx.parent = parent;
  ctx.code = code;
  ctx.rcode = rc;
  ctx.node = node;
  if (kind == Code::Kind::kMethod) {
    ctx.method_params = params;
    ctx.method_depth = 0;
  } else if ((kind == Code::Kind::kBlock || kind == Code::Kind::kLambda) && parent) {
    ctx.method_params = parent->method_params;
    ctx.method_depth = parent->method_depth + (parent->is_for_block ? 0 : 1);
    ctx.block_level = parent->block_level + 1;
  } else if (kind == Code::Kind::kEval && parent == nullptr && eval_label_ != nullptr) {
    ctx.block_level = eval_label_->level;
    ctx.block_base = eval_label_->base;
  }
  ScopeCtx* saved = s_;
  s_ = &ctx;
  line(node);

  // Parameters: canonical slot order and the prologue for defaults.
  ParamInfo& p = code->params;
  std::vector<const Node*> destructure_nodes;
  std::vector<int> destructure_slots;
  std::vector<const Node*> opt_defaults;
  std::vector<std::pair<int, const Node*>> kw_defaults;
  if (params != nullptr) {
    code->has_params = true;
    p.trailing_comma = params->flags & parse::kParamsTrailingComma;
    std::vector<int16_t> lead, opt, rest, post, kw, kwrest, blk;
    bool seen_rest = false;
    for (const Node* a : params->list) {
      // Anonymous `*`, `**`, `&` parameters are locals named so by the parser.
      std::string name = a->str;
      if (name.empty())
        name = a->kind == NodeKind::kARG_REST ? "*" : a->kind == NodeKind::kARG_KWREST ? "**"
               : a->kind == NodeKind::kARG_BLOCK ? "&" : "";
      int slot = name.empty() ? -1 : local_slot(code, name);
      switch (a->kind) {
        case NodeKind::kARG_REQ:
        case NodeKind::kARG_POST:
          if (slot < 0) {
            slot = hidden_local();
            destructure_nodes.push_back(a->a);
            destructure_slots.push_back(slot);
          }
          ((a->kind == NodeKind::kARG_POST || seen_rest) ? post : lead).push_back(static_cast<int16_t>(slot));
          break;
        case NodeKind::kARG_OPT:
          opt.push_back(static_cast<int16_t>(slot));
          opt_defaults.push_back(a->a);
          break;
        case NodeKind::kARG_REST:
          if (slot < 0) slot = hidden_local();
          rest.push_back(static_cast<int16_t>(slot));
          seen_rest = true;
          break;
        case NodeKind::kARG_KEY:
          kw.push_back(static_cast<int16_t>(slot));
          p.kw_names.push_back(intern(a->str));
          p.kw_required.push_back(a->a == nullptr);
          if (a->a) kw_defaults.emplace_back(slot, a->a);
          break;
        case NodeKind::kARG_KWREST:
          if (a->flags & 1) {
            p.no_kw = true;
            break;
          }
          if (slot < 0) slot = hidden_local();
          kwrest.push_back(static_cast<int16_t>(slot));
          break;
        case NodeKind::kARG_BLOCK:
          if (slot < 0) slot = local_slot(code, "&");
          if (slot < 0) slot = hidden_local();
          blk.push_back(static_cast<int16_t>(slot));
          break;
        case NodeKind::kARG_FWD: {
          p.forward = true;
          int r = hidden_local(), k = hidden_local(), b = hidden_local();
          p.fwd_slots[0] = static_cast<int16_t>(r);
          p.fwd_slots[1] = static_cast<int16_t>(k);
          p.fwd_slots[2] = static_cast<int16_t>(b);
          rest.push_back(static_cast<int16_t>(r));
          kwrest.push_back(static_cast<int16_t>(k));
          blk.push_back(static_cast<int16_t>(b));
          break;
        }
        default:
          break;
      }
    }
    p.lead = static_cast<uint16_t>(lead.size());
    p.opt = static_cast<uint16_t>(opt.size());
    p.post = static_cast<uint16_t>(post.size());
    p.rest = !rest.empty();
    p.kwrest = !kwrest.empty();
    p.block = !blk.empty();
    for (auto* v : {&lead, &opt, &rest, &post, &kw, &kwrest, &blk})
      p.slots.insert(p.slots.end(), v->begin(), v->end());
    for (size_t i = 0; i < p.slots.size(); ++i)
      if (p.slots[i] != static_cast<int16_t>(i)) p.identity_slots = false;
    // Optional defaults: entry k skips the first k defaults.
    for (size_t i = 0; i < opt_defaults.size(); ++i) {
      p.opt_pcs.push_back(static_cast<uint32_t>(code->insns.size()));
      expr(opt_defaults[i], true);
      lvar_set(opt[i], 0);
    }
    if (p.opt > 0) p.opt_pcs.push_back(static_cast<uint32_t>(code->insns.size()));
    for (auto& [slot, def] : kw_defaults) {
      int assign = new_label(), done = new_label();
      emit(op_branchundef, static_cast<uint32_t>(slot));
      s_->fixups.emplace_back(code->insns.size(), assign);
      emit_word(0);
      jump_op(op_jump, done);
      place(assign);
      expr(def, true);
      lvar_set(slot, 0);
      place(done);
    }
    for (size_t i = 0; i < destructure_nodes.size(); ++i) {
      lvar_get(destructure_slots[i], 0);
      emit(op_toary);
      destructure(destructure_nodes[i]);
    }
  }

  body(body_node, true);
  emit(op_leave);
  adjust(-1);

  for (auto& [pos, label] : ctx.fixups) {
    int target = ctx.label_pos[label];
    code->insns[pos] = static_cast<uint32_t>(target - static_cast<int>(pos + 1));
  }
  fuse_instructions(code);
  code->ivar_caches.resize(code->ivar_caches.size());
  s_ = saved;
  return rc;
}

RCode* Compiler::block_code(const Node* blk, bool lambda) {
  std::string where;
  ScopeCtx* m = s_;
  int level = s_->block_level + 1;
  while (m->parent && (m->code->kind == Code::Kind::kBlock || m->code->kind == Code::Kind::kLambda))
    m = m->parent;
  where = m->block_base.empty() ? m->code->name : m->block_base;
  std::string name = level > 1 ? "block (" + std::to_string(level) + " levels) in " + where
                               : "block in " + where;
  return scope(blk, lambda ? Code::Kind::kLambda : Code::Kind::kBlock, name, s_, blk->a, blk->b);
}

// --- variables --------------------------------------------------------------------

ScopeCtx* Compiler::method_scope() {
  ScopeCtx* sc = s_;
  while (sc && sc->code->kind != Code::Kind::kMethod) sc = sc->parent;
  return sc;
}

int Compiler::fwd_slot(int i) {
  ScopeCtx* ms = method_scope();
  if (ms == nullptr || ms->code->params.fwd_slots[i] < 0)
    vm_.raise(vm_.eSyntaxError, file_ + ": unexpected ...");
  return ms->code->params.fwd_slots[i];
}

int Compiler::fwd_depth() { return resolve_depth(s_->method_depth); }

int Compiler::resolve_depth(int parser_depth) {
  int actual = 0;
  ScopeCtx* sc = s_;
  while (sc->is_for_block) {
    sc = sc->parent;
    ++actual;
  }
  for (int k = 0; k < parser_depth; ++k) {
    ++actual;
    if (sc->parent == nullptr) continue;   // eval: depth goes on into the binding
    sc = sc->parent;
    while (sc->is_for_block && sc->parent) {
      sc = sc->parent;
      ++actual;
    }
  }
  return actual;
}

void Compiler::lvar_get(int slot, int depth) {
  if (depth == 0) emit(op_getlocal, static_cast<uint32_t>(slot));
  else emit(op_getlocal_up, static_cast<uint32_t>(slot), static_cast<uint32_t>(depth));
  adjust(1);
}

void Compiler::lvar_set(int slot, int depth) {
  if (depth == 0) emit(op_setlocal, static_cast<uint32_t>(slot));
  else emit(op_setlocal_up, static_cast<uint32_t>(slot), static_cast<uint32_t>(depth));
  adjust(-1);
}

// --- expressions --------------------------------------------------------------------

void Compiler::body(const Node* n, bool used) {
  if (n == nullptr) {
    if (used) push_nil();
    return;
  }
  expr(n, used);
}

int Compiler::dstr_parts(const Node* n) {
  int count = 0;
  for (const Node* part : n->list) {
    if (part->kind == NodeKind::kSTR) {
      emit(op_putobject, literal(string_literal(part->str)));
      adjust(1);
    } else if (part->kind == NodeKind::kEVSTR) {
      body(part->a, true);
      emit(op_tostring);
    } else {
      expr(part, true);
      emit(op_tostring);
    }
    ++count;
  }
  return count;
}

// Pushes the joined parts of n (DSTR, DXSTR, DSYM). In source that is not UTF-8 the
// result starts in the source's encoding (CRuby's literal head; kConcatLiteralHead).
void Compiler::concat_strings(const Node* n) {
  uint32_t head = 0;
  if (source_enc_ != Enc::kUtf8) {
    head = kConcatLiteralHead;
    if (n->list.empty() || n->list.front()->kind != NodeKind::kSTR) {
      emit(op_putobject, literal(string_literal("")));
      adjust(1);
      ++head;
    }
  }
  int count = dstr_parts(n) + static_cast<int>(head & ~kConcatLiteralHead);
  emit(op_concatstrings, static_cast<uint32_t>(count) | (head & kConcatLiteralHead));
  adjust(1 - count);
}

static Value frozen_string(Vm& vm, const std::string& s) {
  Value v = str_new(vm, s);
  v.heap()->flags |= kFlagFrozen;
  return v;
}

// Whether s is well-formed UTF-8 (lead bytes and continuation bytes only).
static bool utf8_well_formed(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

// A literal's encoding follows the source's (CRuby): in US-ASCII source, one with
// non-ASCII bytes (only escapes make them) is UTF-8 when they are (\u) and ASCII-8BIT
// otherwise (\x).
Value Compiler::string_literal(const std::string& s) {
  Value v = frozen_string(vm_, s);
  Enc e = source_enc_;
  if (e == Enc::kUsAscii && !std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; }))
    e = utf8_well_formed(s) ? Enc::kUtf8 : Enc::kBinary;
  if (e != Enc::kUtf8) set_str_enc(v, e);
  return v;
}

void Compiler::expr(const Node* n, bool used) {
  vm_.check_c_stack();   // a 300,000-term `1+1+...` nests that deep: SystemStackError
  line(n);
  switch (n->kind) {
    case NodeKind::kNIL:
      if (used) push_nil();
      return;
    case NodeKind::kTRUE:
      if (used) {
        emit(op_puttrue);
        adjust(1);
      }
      return;
    case NodeKind::kFALSE:
      if (used) {
        emit(op_putfalse);
        adjust(1);
      }
      return;
    case NodeKind::kSELF:
      if (used) {
        emit(op_putself);
        adjust(1);
      }
      return;
    case NodeKind::kINT:
    case NodeKind::kBIGNUM:
    case NodeKind::kFLOAT:
    case NodeKind::kSYM: {
      if (!used) return;
      Value v;
      if (n->kind == NodeKind::kINT) v = int_new(vm_, n->num);
      else if (n->kind == NodeKind::kBIGNUM) v = int_parse(vm_, n->str);
      else if (n->kind == NodeKind::kFLOAT) v = float_new(vm_, n->fnum);
      else v = Value::symbol(intern(n->str));
      if (v.is_heap()) v.heap()->flags |= kFlagFrozen;
      emit(op_putobject, literal(v));
      adjust(1);
      return;
    }
    case NodeKind::kSTR:
      if (!used) return;
      if (frozen_strings_ && source_enc_ == Enc::kUtf8) {   // one shared frozen String
        auto it = vm_.fstrings.find(n->str);                // per distinct literal
        if (it == vm_.fstrings.end())
          it = vm_.fstrings.emplace(n->str, frozen_string(vm_, n->str)).first;
        emit(op_putobject, literal(it->second));
      } else if (frozen_strings_) {
        emit(op_putobject, literal(string_literal(n->str)));
      } else {
        emit(op_putstring, literal(string_literal(n->str)));
      }
      adjust(1);
      return;
    case NodeKind::kDSTR: {
      concat_strings(n);
      if (!used) pop();
      return;
    }
    case NodeKind::kXSTR:
    case NodeKind::kDXSTR: {
      emit(op_putself);
      adjust(1);
      if (n->kind == NodeKind::kXSTR) {
        emit(op_putstring, literal(string_literal(n->str)));
        adjust(1);
      } else {
        concat_strings(n);
      }
      send(intern("`"), 1);
      if (!used) pop();
      return;
    }
    case NodeKind::kDSYM: {
      concat_strings(n);
      emit(op_intern);
      if (!used) pop();
      return;
    }
    case NodeKind::kREGEX: {
      Value re = regexp_new(vm_, n->str, regexp_literal_options(n->flags));
      emit(op_putobject, literal(re));
      adjust(1);
      if (!used) pop();
      return;
    }
    case NodeKind::kDREGEX: {
      int count = dstr_parts(n);
      emit(op_toregexp, regexp_literal_options(n->flags), static_cast<uint32_t>(count));
      adjust(1 - count);
      if (!used) pop();
      return;
    }
    case NodeKind::kRATIONAL:
    case NodeKind::kIMAGINARY: {
      emit(op_putself);
      adjust(1);
      if (n->kind == NodeKind::kRATIONAL) {
        emit(op_putobject, literal(frozen_string(vm_, n->str)));
        adjust(1);
        send(intern("Rational"), 1);
      } else {
        push_nil();   // real part 0
        emit(op_pop);
        adjust(-1);
        emit(op_putobject, literal(Value::fixnum(0)));
        adjust(1);
        expr(n->a, true);
        send(intern("Complex"), 2);
      }
      if (!used) pop();
      return;
    }
    case NodeKind::kARRAY: {
      bool has_splat = false;
      for (const Node* e : n->list) has_splat |= e->kind == NodeKind::kSPLAT;
      if (!has_splat) {
        for (const Node* e : n->list) expr(e, true);
        emit(op_newarray, static_cast<uint32_t>(n->list.size()));
        adjust(1 - static_cast<int>(n->list.size()));
      } else {
        emit(op_newarray, 0);
        adjust(1);
        for (const Node* e : n->list) {
          if (e->kind == NodeKind::kSPLAT) {
            expr(e->a, true);
            emit(op_concatarray);
          } else {
            expr(e, true);
            emit(op_arraypush);
          }
          adjust(-1);
        }
      }
      if (!used) pop();
      return;
    }
    case NodeKind::kHASH: {
      bool has_dsplat = false;
      for (const Node* e : n->list) has_dsplat |= e->kind == NodeKind::kDSPLAT;
      if (!has_dsplat) {
        for (const Node* e : n->list) {
          expr(e->a, true);
          expr(e->b, true);
        }
        emit(op_newhash, static_cast<uint32_t>(n->list.size()));
        adjust(1 - 2 * static_cast<int>(n->list.size()));
      } else {
        emit(op_newhash, 0);
        adjust(1);
        for (const Node* e : n->list) {
          if (e->kind == NodeKind::kDSPLAT) {
            expr(e->a, true);
          } else {
            expr(e->a, true);
            expr(e->b, true);
            emit(op_newhash, 1);
            adjust(-1);
          }
          emit(op_hashmerge);
          adjust(-1);
        }
      }
      if (!used) pop();
      return;
    }
    case NodeKind::kRANGE: {
      body(n->a, true);
      body(n->b, true);
      emit(op_newrange, (n->flags & parse::kRangeExclusive) ? 1u : 0u);
      adjust(-1);
      if (!used) pop();
      return;
    }
    case NodeKind::kENCODING:
      emit(op_getconst_top, intern("Encoding"));
      adjust(1);
      emit(op_getconst_under, intern(enc_const_name(source_enc_)));
      if (!used) pop();
      return;
    case NodeKind::kLVAR:
      if (!used) return;
      lvar_get(static_cast<int>(n->num), resolve_depth(static_cast<int>(n->flags)));
      return;
    case NodeKind::kIVAR:
      emit(op_getivar, intern(n->str), static_cast<uint32_t>(s_->code->ivar_caches.size()));
      s_->code->ivar_caches.emplace_back();
      adjust(1);
      if (!used) pop();
      return;
    case NodeKind::kGVAR:
      if (n->str == "$~") emit(op_getbackref, 0);
      else emit(op_getgvar, intern(n->str));
      adjust(1);
      if (!used) pop();
      return;
    case NodeKind::kCVAR:
      emit(op_getcvar, intern(n->str));
      adjust(1);
      if (!used) pop();
      return;
    case NodeKind::kNTH_REF:
      emit(op_getbackref, static_cast<uint32_t>(n->num));
      adjust(1);
      if (!used) pop();
      return;
    case NodeKind::kBACK_REF: {
      int32_t code = n->str == "$&" ? -1 : n->str == "$`" ? -2 : n->str == "$'" ? -3 : -4;
      emit(op_getbackref, static_cast<uint32_t>(code));
      adjust(1);
      if (!used) pop();
      return;
    }
    case NodeKind::kCONST:
      emit(op_getconst, intern(n->str));
      if (spotter_) mark(pc() - 2, spotter_->constant(n));
      adjust(1);
      if (!used) pop();
      return;
    case NodeKind::kCOLON2: {
      expr(n->a, true);
      uint32_t at = pc();
      emit(op_getconst_under, intern(n->str));
      if (spotter_) mark(at, spotter_->constant(n));
      if (!used) pop();
      return;
    }
    case NodeKind::kCOLON3:
      emit(op_getconst_top, intern(n->str));
      if (spotter_) mark(pc() - 2, spotter_->constant(n));
      adjust(1);
      if (!used) pop();
      return;
    case NodeKind::kLASGN:
    case NodeKind::kIASGN:
    case NodeKind::kGASGN:
    case NodeKind::kCVASGN:
    case NodeKind::kCDECL:
    case NodeKind::kATTRASGN:
      assign(n, used);
      return;
    case NodeKind::kOP_ASGN:
      op_asgn(n, used);
      return;
    case NodeKind::kMASGN:
      masgn(n, used);
      return;
    case NodeKind::kCALL:
      call(n, used);
      return;
    case NodeKind::kSUPER:
      super_call(n, false, used);
      return;
    case NodeKind::kZSUPER:
      super_call(n, true, used);
      return;
    case NodeKind::kYIELD:
      yield_call(n, used);
      return;
    case NodeKind::kLAMBDA: {
      RCode* c = block_code(n, true);
      emit(op_makelambda, child(c));
      adjust(1);
      if (!used) pop();
      return;
    }
    case NodeKind::kBLOCK: {   // a bare block (should not happen): make a proc
      RCode* c = block_code(n, false);
      emit(op_makeblock, child(c));
      adjust(1);
      if (!used) pop();
      return;
    }
    case NodeKind::kDEF:
    case NodeKind::kDEFS:
    case NodeKind::kCLASS:
    case NodeKind::kSCLASS:
    case NodeKind::kMODULE:
    case NodeKind::kALIAS:
    case NodeKind::kVALIAS:
    case NodeKind::kUNDEF:
    case NodeKind::kPOSTEXE:
      definition(n, used);
      return;
    case NodeKind::kPROGRAM:
      body(n->a, used);
      return;
    case NodeKind::kSEQ: {
      if (n->list.empty()) {
        if (used) push_nil();
        return;
      }
      for (size_t i = 0; i < n->list.size(); ++i)
        expr(n->list[i], used && i + 1 == n->list.size());
      return;
    }
    case NodeKind::kBEGIN:
    case NodeKind::kPREEXE:
      body(n->a, used);
      return;
    case NodeKind::kIF:
      if_(n, used);
      return;
    case NodeKind::kAND:
    case NodeKind::kOR:
      and_or(n, used);
      return;
    case NodeKind::kNOT:
      expr(n->a, true);
      emit(op_opt_not, call_info(sym::not_, 0, 0));
      if (!used) pop();
      return;
    case NodeKind::kWHILE:
    case NodeKind::kUNTIL:
      loop(n, used);
      return;
    case NodeKind::kFOR:
      for_(n, used);
      return;
    case NodeKind::kCASE:
      case_(n, used);
      return;
    case NodeKind::kCASE_IN:
    case NodeKind::kMATCH_PATTERN:
    case NodeKind::kMATCH_PATTERN_P:
      case_in(n, used);
      return;
    case NodeKind::kBREAK:
      break_(n);
      if (used) adjust(1);   // unreachable value keeps the depth consistent
      return;
    case NodeKind::kNEXT:
      next_(n);
      if (used) adjust(1);
      return;
    case NodeKind::kREDO:
      redo_(n);
      if (used) adjust(1);
      return;
    case NodeKind::kRETRY:
      retry_(n);
      if (used) adjust(1);
      return;
    case NodeKind::kRETURN:
      return_(n);
      if (used) adjust(1);
      return;
    case NodeKind::kRESCUE:
      rescue(n, used);
      return;
    case NodeKind::kENSURE:
      ensure(n, used);
      return;
    case NodeKind::kDEFINED:
      defined(n->a);
      if (!used) pop();
      return;
    case NodeKind::kMATCH_ASGN: {
      expr(n->a, true);
      expr(n->b, true);
      send(sym::match, 1, 0);
      for (const Node* t : n->list) {
        emit(op_putself);
        adjust(1);
        emit(op_putobject, literal(Value::symbol(intern(t->str))));
        adjust(1);
        send(intern("__named_capture"), 1);
        assign_target(t);
      }
      if (!used) pop();
      return;
    }
    case NodeKind::kFLIP2:
    case NodeKind::kFLIP3: {
      // Flip-flops keep their state in a hidden local of the enclosing method (or
      // program) scope, so it survives across calls of a block.
      ScopeCtx* home = s_;
      int hd = 0;
      while (home->parent && (home->is_for_block || home->code->kind == Code::Kind::kBlock ||
                              home->code->kind == Code::Kind::kLambda)) {
        home = home->parent;
        ++hd;
      }
      home->code->local_names.push_back(sym::empty_name);
      int state = static_cast<int>(home->code->nlocals++);
      int on = new_label(), done = new_label(), off = new_label();
      lvar_get(state, hd);
      jump_op(op_branchif, on);
      adjust(-1);
      expr(n->a, true);
      jump_op(op_branchunless, off);
      adjust(-1);
      emit(op_puttrue);
      adjust(1);
      lvar_set(state, hd);
      if (n->kind == NodeKind::kFLIP2) {
        expr(n->b, true);
        int stay = new_label();
        jump_op(op_branchunless, stay);
        adjust(-1);
        emit(op_putfalse);
        adjust(1);
        lvar_set(state, hd);
        place(stay);
      }
      emit(op_puttrue);
      adjust(1);
      jump_op(op_jump, done);
      adjust(-1);
      place(on);
      expr(n->b, true);
      {
        int stay = new_label();
        jump_op(op_branchunless, stay);
        adjust(-1);
        emit(op_putfalse);
        adjust(1);
        lvar_set(state, hd);
        place(stay);
      }
      emit(op_puttrue);
      adjust(1);
      jump_op(op_jump, done);
      adjust(-1);
      place(off);
      emit(op_putfalse);
      adjust(1);
      place(done);
      if (!used) pop();
      return;
    }
    default:
      vm_.raise(vm_.eNotImplementedError,
                std::string("maglev: the compiler does not handle ") +
                    parse::node_kind_name(n->kind) + " yet (" + file_ + ":" +
                    std::to_string(n->line) + ")");
  }
}

// --- calls ---------------------------------------------------------------------------

// The names of a bare keyword Hash whose keys are all distinct Symbol literals (and no
// **splat); false otherwise.
static bool literal_keywords(const Node* hash, std::vector<SymId>* names) {
  names->clear();
  for (const Node* e : hash->list) {
    if (e->kind == NodeKind::kDSPLAT || e->a == nullptr || e->a->kind != NodeKind::kSYM)
      return false;
    SymId name = intern(e->a->str);
    if (std::find(names->begin(), names->end(), name) != names->end()) return false;
    names->push_back(name);
  }
  return !names->empty() && names->size() <= 32;
}

int Compiler::args(const std::vector<Node*>& list, const Node* blk, uint16_t* flags,
                   int* block_idx, std::vector<SymId>* kw) {
  bool splat = false;
  const Node* kwhash = nullptr;
  std::vector<const Node*> positional;
  for (const Node* a : list) {
    if (a->kind == NodeKind::kSPLAT) splat = true;
    if (a->kind == NodeKind::kFWD_ARGS) splat = true;
  }
  for (size_t i = 0; i < list.size(); ++i) {
    const Node* a = list[i];
    if (i + 1 == list.size() && a->kind == NodeKind::kHASH && (a->flags & parse::kHashBare))
      kwhash = a;
    else
      positional.push_back(a);
  }
  const Node* fwd = nullptr;
  int argc = 0;
  if (!splat) {
    for (const Node* a : positional) expr(a, true);
    argc = static_cast<int>(positional.size());
  } else {
    emit(op_newarray, 0);
    adjust(1);
    for (const Node* a : positional) {
      if (a->kind == NodeKind::kFWD_ARGS) {
        fwd = a;
        lvar_get(fwd_slot(0), fwd_depth());
        emit(op_concatarray);
        adjust(-1);
        continue;
      }
      if (a->kind == NodeKind::kSPLAT) {
        expr(a->a, true);
        emit(op_concatarray);
      } else {
        expr(a, true);
        emit(op_arraypush);
      }
      adjust(-1);
    }
    argc = 1;
    *flags |= kCallSplat;
  }
  if (kwhash != nullptr && kw != nullptr && !splat && literal_keywords(kwhash, kw)) {
    for (const Node* e : kwhash->list) expr(e->b, true);
    argc += static_cast<int>(kw->size());
  } else if (kwhash != nullptr) {
    if (kw != nullptr) kw->clear();
    expr(kwhash, true);
    ++argc;
    *flags |= kCallKwHash;
  } else if (fwd != nullptr) {
    lvar_get(fwd_slot(1), fwd_depth());
    ++argc;
    *flags |= kCallKwHash;
  }
  if (blk != nullptr) {
    if (blk->kind == NodeKind::kBLOCK_PASS) {
      if (blk->a) {
        expr(blk->a, true);
      } else {   // anonymous `&` of the enclosing method
        ScopeCtx* ms = method_scope();
        int b = ms ? local_slot(ms->code, "&") : -1;
        if (b >= 0) lvar_get(b, resolve_depth(s_->method_depth));
        else push_nil();
      }
      *flags |= kCallBlockArg;
    } else {
      *block_idx = static_cast<int>(child(block_code(blk, false)));
    }
  } else if (fwd != nullptr) {
    lvar_get(fwd_slot(2), fwd_depth());
    *flags |= kCallBlockArg;
  }
  return argc;
}

uint32_t opt_for(const std::string& name) {
  static const std::pair<const char*, uint32_t> kOps[] = {
      {"+", op_opt_plus}, {"-", op_opt_minus}, {"*", op_opt_mult}, {"/", op_opt_div},
      {"%", op_opt_mod},  {"<", op_opt_lt},    {"<=", op_opt_le},  {">", op_opt_gt},
      {">=", op_opt_ge},  {"==", op_opt_eq},   {"!=", op_opt_neq}, {"<<", op_opt_ltlt},
      {"&", op_opt_and},  {"|", op_opt_or},    {"^", op_opt_xor},  {">>", op_opt_rshift},
      {"[]", op_opt_aref}};
  for (auto& [n, op] : kOps)
    if (name == n) return op;
  return 0;
}

void Compiler::call(const Node* n, bool used) {
  uint16_t flags = 0;
  int end_label = -1;
  if (n->a == nullptr) {
    emit(op_putself);
    adjust(1);
    flags |= kCallFcall;
    if (n->flags & parse::kCallVcall) flags |= kCallVcall;
  } else {
    expr(n->a, true);
    if (n->a->kind == NodeKind::kSELF) flags |= kCallSelfRecv;
    if (n->flags & parse::kCallSafeNav) {
      end_label = new_label();
      jump_op(op_branchnil, end_label);
    }
  }
  // Fast paths: binary operators, `!` and `nil?`.
  if (n->b == nullptr && n->a != nullptr) {
    if (n->list.size() == 1 && n->list[0]->kind != NodeKind::kSPLAT &&
        !(n->list[0]->kind == NodeKind::kHASH && (n->list[0]->flags & parse::kHashBare))) {
      if (uint32_t op = opt_for(n->str)) {
        expr(n->list[0], true);
        uint32_t at = pc();
        emit(op, call_info(intern(n->str), 1, flags));
        if (spotter_) mark(at, spotter_->call(n));
        adjust(-1);
        if (end_label >= 0) place(end_label);
        if (!used) pop();
        return;
      }
    }
    if (n->list.empty() && (n->str == "!" || n->str == "nil?")) {
      uint32_t at = pc();
      bool is_not = n->str == "!";
      emit(is_not ? op_opt_not : op_opt_nil_p,
           call_info(is_not ? sym::not_ : intern("nil?"), 0, flags));
      if (spotter_) mark(at, spotter_->call(n));
      if (end_label >= 0) place(end_label);
      if (!used) pop();
      return;
    }
  }
  int block_idx = -1;
  int depth_before = s_->depth;
  std::vector<SymId> kw;
  int argc = args(n->list, n->b, &flags, &block_idx, &kw);
  line(n);   // arguments on later lines: the call is on its own line (backtraces, caller)
  uint32_t at = pc();
  emit(op_send, call_info(intern(n->str), argc, flags, block_idx, kw));
  if (spotter_) mark(at, spotter_->call(n));
  s_->depth = depth_before;   // receiver replaced by the result
  if (end_label >= 0) place(end_label);
  if (!used) pop();
}

void Compiler::super_call(const Node* n, bool zsuper, bool used) {
  emit(op_putself);
  adjust(1);
  uint16_t flags = kCallFcall;
  int block_idx = -1;
  int depth_before = s_->depth;
  int argc = 0;
  if (!zsuper) {
    argc = args(n->list, n->b, &flags, &block_idx);
  } else {
    flags |= kCallZsuper | kCallImplicitArgs;
    // Pass the method's parameters as they are now.
    const Node* params = s_->method_params;
    int depth = resolve_depth(s_->method_depth);
    std::vector<Node*> fake;
    bool splat = false;
    if (params != nullptr)
      for (const Node* a : params->list) splat |= a->kind == NodeKind::kARG_REST || a->kind == NodeKind::kARG_FWD;
    ScopeCtx* ms = s_;
    for (int k = 0; k < depth; ++k) ms = ms->parent;
    const Code* mcode = ms->code;
    if (splat) {
      emit(op_newarray, 0);
      adjust(1);
    }
    std::vector<std::pair<SymId, int>> kws;
    int kwrest = -1;
    if (params != nullptr) {
      for (const Node* a : params->list) {
        int slot = a->str.empty() ? -1 : local_slot(mcode, a->str);
        switch (a->kind) {
          case NodeKind::kARG_REQ:
          case NodeKind::kARG_OPT:
          case NodeKind::kARG_POST:
            if (slot < 0) break;
            lvar_get(slot, depth);
            if (splat) {
              emit(op_arraypush);
              adjust(-1);
            } else {
              ++argc;
            }
            break;
          case NodeKind::kARG_REST:
            if (slot < 0) slot = local_slot(mcode, "*");
            if (slot < 0) break;
            lvar_get(slot, depth);
            emit(op_concatarray);
            adjust(-1);
            break;
          case NodeKind::kARG_FWD:
            lvar_get(mcode->params.fwd_slots[0], depth);
            emit(op_concatarray);
            adjust(-1);
            kwrest = mcode->params.fwd_slots[1];
            break;
          case NodeKind::kARG_KEY:
            kws.emplace_back(intern(a->str), slot);
            break;
          case NodeKind::kARG_KWREST:
            if (slot < 0) slot = local_slot(mcode, "**");
            if (slot >= 0) kwrest = slot;
            break;
          default:
            break;
        }
      }
    }
    if (splat) argc = 1;
    if (splat) flags |= kCallSplat;
    if (!kws.empty() || kwrest >= 0) {
      for (auto& [name, slot] : kws) {
        emit(op_putobject, literal(Value::symbol(name)));
        adjust(1);
        lvar_get(slot, depth);
      }
      emit(op_newhash, static_cast<uint32_t>(kws.size()));
      adjust(1 - 2 * static_cast<int>(kws.size()));
      if (kwrest >= 0) {
        lvar_get(kwrest, depth);
        emit(op_hashmerge);
        adjust(-1);
      }
      ++argc;
      flags |= kCallKwHash;
    }
    if (n->b != nullptr) {
      if (n->b->kind == NodeKind::kBLOCK_PASS) {
        expr(n->b->a, true);
        flags |= kCallBlockArg;
      } else {
        block_idx = static_cast<int>(child(block_code(n->b, false)));
      }
    }
  }
  if (!(flags & kCallBlockArg) && block_idx < 0) flags |= kCallZsuper;   // pass our block
  emit(op_invokesuper, call_info(0, argc, flags, block_idx));
  s_->depth = depth_before;
  if (!used) pop();
}

void Compiler::yield_call(const Node* n, bool used) {
  uint16_t flags = 0;
  int block_idx = -1;
  int depth_before = s_->depth;
  int argc = args(n->list, nullptr, &flags, &block_idx);
  emit(op_invokeblock, call_info(0, argc, flags));
  s_->depth = depth_before;
  adjust(1);
  if (!used) pop();
}

// The end of a defined? whose operand was checked first: the value so far jumps to
// `done`; the operand's failure lands on `nil_label` and gives nil.
void Compiler::defined_tail(int nil_label, int done) {
  jump_op(op_jump, done);
  adjust(-1);
  place(nil_label);
  push_nil();
  place(done);
}

void Compiler::defined(const Node* n) {
  auto put_str = [&](const char* s) {
    emit(op_putobject, literal(frozen_string(vm_, s)));
    adjust(1);
  };
  switch (n->kind) {
    case NodeKind::kLVAR: put_str("local-variable"); return;
    case NodeKind::kSELF: put_str("self"); return;
    case NodeKind::kNIL: put_str("nil"); return;
    case NodeKind::kTRUE: put_str("true"); return;
    case NodeKind::kFALSE: put_str("false"); return;
    case NodeKind::kLASGN: case NodeKind::kIASGN: case NodeKind::kGASGN:
    case NodeKind::kCVASGN: case NodeKind::kCDECL: case NodeKind::kATTRASGN:
    case NodeKind::kOP_ASGN: case NodeKind::kMASGN:
      put_str("assignment");
      return;
    case NodeKind::kIVAR:
    case NodeKind::kGVAR:
    case NodeKind::kCVAR:
    case NodeKind::kCONST: {
      uint32_t kind = n->kind == NodeKind::kIVAR ? kDefinedIvar
                      : n->kind == NodeKind::kGVAR ? kDefinedGvar
                      : n->kind == NodeKind::kCVAR ? kDefinedCvar
                                                   : kDefinedConst;
      push_nil();
      emit(op_defined, kind, intern(n->str));
      return;
    }
    case NodeKind::kCOLON3:
      emit(op_putobject, literal(Value::object(vm_.cObject)));
      adjust(1);
      emit(op_defined, kDefinedConstUnder, intern(n->str));
      return;
    case NodeKind::kNTH_REF: case NodeKind::kBACK_REF: {   // defined when it has a value
      int nil_label = new_label(), done = new_label();
      expr(n, true);
      jump_op(op_branchunless, nil_label);
      adjust(-1);
      put_str("global-variable");
      defined_tail(nil_label, done);
      return;
    }
    case NodeKind::kCOLON2: {
      int nil_label = new_label(), done = new_label();
      defined(n->a);
      jump_op(op_branchunless, nil_label);
      adjust(-1);
      expr(n->a, true);
      emit(op_defined, kDefinedConstUnder, intern(n->str));
      defined_tail(nil_label, done);
      return;
    }
    case NodeKind::kCALL: {
      if (n->a == nullptr) {
        push_nil();
        emit(op_defined, kDefinedFcall, intern(n->str));
        return;
      }
      int nil_label = new_label(), done = new_label();
      defined(n->a);
      jump_op(op_branchunless, nil_label);
      adjust(-1);
      expr(n->a, true);
      emit(op_defined, kDefinedMethod, intern(n->str));
      defined_tail(nil_label, done);
      return;
    }
    case NodeKind::kYIELD:
      push_nil();
      emit(op_defined, kDefinedYield, 0);
      return;
    case NodeKind::kSUPER:
    case NodeKind::kZSUPER:
      push_nil();
      emit(op_defined, kDefinedSuper, 0);
      return;
    default:
      put_str("expression");
      return;
  }
}

void Compiler::definition(const Node* n, bool used) {
  switch (n->kind) {
    case NodeKind::kDEF: {
      RCode* c = scope(n, Code::Kind::kMethod, n->str, s_, n->a, n->b);
      c->code->method_name = intern(n->str);
      emit(op_definemethod, intern(n->str), child(c));
      adjust(1);
      break;
    }
    case NodeKind::kDEFS: {
      expr(n->c, true);
      RCode* c = scope(n, Code::Kind::kMethod, n->str, s_, n->a, n->b);
      c->code->method_name = intern(n->str);
      emit(op_definesmethod, intern(n->str), child(c));
      break;
    }
    case NodeKind::kCLASS:
    case NodeKind::kMODULE: {
      const Node* path = n->a;
      if (path->kind == NodeKind::kCOLON2) {
        expr(path->a, true);
      } else if (path->kind == NodeKind::kCOLON3) {
        emit(op_putobject, literal(Value::object(vm_.cObject)));
        adjust(1);
      } else {
        push_nil();
      }
      std::string label = (n->kind == NodeKind::kCLASS ? "<class:" : "<module:") + path->str + ">";
      const Node* body_node = n->kind == NodeKind::kCLASS ? n->c : n->c;
      RCode* c = scope(n, Code::Kind::kClass, label, s_, nullptr, body_node);
      if (n->kind == NodeKind::kCLASS) {
        body(n->b, true);
        emit(op_defineclass, intern(path->str), child(c), 0);
        adjust(-1);
      } else {
        emit(op_definemodule, intern(path->str), child(c));
      }
      break;
    }
    case NodeKind::kSCLASS: {
      expr(n->a, true);
      RCode* c = scope(n, Code::Kind::kClass, "singleton class", s_, nullptr, n->c);
      emit(op_definesclass, child(c));
      break;
    }
    case NodeKind::kALIAS:
      expr(n->a, true);
      expr(n->b, true);
      emit(op_alias_method);
      adjust(-1);
      break;
    case NodeKind::kVALIAS:
      emit(op_alias_gvar, intern(n->a->str), intern(n->b->str));
      adjust(1);
      break;
    case NodeKind::kUNDEF:
      for (size_t i = 0; i < n->list.size(); ++i) {
        expr(n->list[i], true);
        emit(op_undef_method);
        if (i + 1 < n->list.size()) pop();
      }
      if (n->list.empty()) push_nil();
      break;
    case NodeKind::kPOSTEXE: {
      ScopeCtx* saved = s_;
      RCode* c = scope(n, Code::Kind::kBlock, "block in " + s_->code->name, s_, nullptr, n->a);
      s_ = saved;
      emit(op_postexe, child(c));
      adjust(1);
      break;
    }
    default:
      break;
  }
  if (!used) pop();
}

bool frozen_string_literal_magic(std::string_view src) {
  size_t pos = 0;
  while (pos < src.size()) {
    size_t eol = src.find('\n', pos);
    std::string_view line = src.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    size_t i = line.find_first_not_of(" \t\r");
    if (i != std::string_view::npos) {
      if (line[i] != '#') return false;   // magic comments come before any code
      std::string lower(line);
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      size_t k = lower.find("frozen_string_literal:");
      if (k == std::string::npos) k = lower.find("frozen-string-literal:");
      if (k != std::string::npos) return lower.find("true", k) != std::string::npos;
    }
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  return false;
}

EvalLabel eval_label_of(const std::string& label) {
  EvalLabel e{label, label, 0};
  if (label.starts_with("block in ")) {
    e.base = label.substr(9);
    e.level = 1;
  } else if (label.starts_with("block (")) {
    size_t in = label.find(" levels) in ");
    if (in != std::string::npos) {
      e.level = std::atoi(label.c_str() + 7);
      e.base = label.substr(in + 12);
    }
  }
  return e;
}

RCode* compile_program(Vm& vm, const parse::Node* program, const std::string& file,
                       CompileKind kind, bool frozen_strings, std::string_view source,
                       const EvalLabel* eval_label) {
  Compiler c(vm, file);
  c.frozen_strings_ = frozen_strings;
  c.eval_label_ = eval_label;
  if (!program->str.empty() && !enc_find(program->str, &c.source_enc_)) c.source_enc_ = Enc::kUtf8;
  if (!source.empty() && kind == CompileKind::kProgram) c.spotter_.emplace(source);
  Code::Kind k = kind == CompileKind::kEval ? Code::Kind::kEval : Code::Kind::kTop;
  // BEGIN { } blocks run before the rest of the file.
  if (program->a != nullptr && program->a->kind == NodeKind::kSEQ) {
    auto& list = const_cast<std::vector<Node*>&>(program->a->list);
    std::stable_partition(list.begin(), list.end(),
                          [](const Node* n) { return n->kind == NodeKind::kPREEXE; });
  }
  std::string name = kind != CompileKind::kEval ? "<main>"
                     : eval_label                ? eval_label->label
                                                 : "<eval>";
  return c.scope(program, k, name, nullptr, nullptr, program->a);
}

}  // namespace maglev::vm
