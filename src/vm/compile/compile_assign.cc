// Compiling assignments: simple targets, attribute/index setters, constants,
// multiple assignment with splats and nesting, and op-assign (+=, ||=, &&=).
#include "vm/compile/compiler_impl.h"
#include "vm/interp/ops.h"

namespace maglev::vm {

// Stores the value on top of the stack into `t` (a target node), consuming it.
void Compiler::assign_target(const Node* t) {
  switch (t->kind) {
    case NodeKind::kLASGN:
      lvar_set(static_cast<int>(t->num), resolve_depth(static_cast<int>(t->flags)));
      return;
    case NodeKind::kIASGN:
      emit(op_setivar, intern(t->str), static_cast<uint32_t>(s_->code->ivar_caches.size()));
      s_->code->ivar_caches.emplace_back();
      adjust(-1);
      return;
    case NodeKind::kGASGN:
      emit(op_setgvar, intern(t->str));
      adjust(-1);
      return;
    case NodeKind::kCVASGN:
      emit(op_setcvar, intern(t->str));
      adjust(-1);
      return;
    case NodeKind::kCDECL:
      if (t->b != nullptr) {
        expr(t->b, true);
        emit(op_swap);
        emit(op_setconst_under, intern(t->str));
        adjust(-2);
      } else if (t->flags & parse::kCdeclTop) {
        emit(op_putobject, literal(Value::object(vm_.cObject)));
        adjust(1);
        emit(op_swap);
        emit(op_setconst_under, intern(t->str));
        adjust(-2);
      } else {
        emit(op_setconst, intern(t->str));
        adjust(-1);
      }
      return;
    case NodeKind::kATTRASGN: {
      // [v] -> recv args.. v -> send setter
      auto pre = masgn_pre_.find(t);
      int argc = 0;
      if (pre != masgn_pre_.end()) {
        // receiver and arguments evaluated before the value (masgn): copy them up
        for (size_t k = 0; k <= t->list.size(); ++k) {
          emit(op_topn, static_cast<uint32_t>(s_->depth - 1 - (pre->second + static_cast<int>(k))));
          adjust(1);
        }
        argc = static_cast<int>(t->list.size());
      } else {
        expr(t->a, true);
        for (const Node* a : t->list) {
          expr(a, true);
          ++argc;
        }
      }
      emit(op_topn, static_cast<uint32_t>(argc + 1));
      adjust(1);
      uint16_t flags = t->a->kind == NodeKind::kSELF ? kCallSelfRecv : 0;
      send(intern(t->str), argc + 1, flags);
      pop();
      pop();
      return;
    }
    case NodeKind::kMASGN:
      emit(op_toary);
      destructure(t);
      return;
    case NodeKind::kSPLAT:
      if (t->a != nullptr) {
        emit(op_splatarray);
        assign_target(t->a);
      } else {
        pop();
      }
      return;
    default:
      vm_.raise(vm_.eNotImplementedError,
                std::string("maglev: cannot assign to ") + parse::node_kind_name(t->kind));
  }
}

void Compiler::assign(const Node* n, bool used) {
  if (n->kind == NodeKind::kATTRASGN) {
    // a.x = v / a[i] = v: the expression's value is v.
    if (used) push_nil();
    expr(n->a, true);
    int end_label = -1;
    if (n->flags & parse::kCallSafeNav) {
      end_label = new_label();
      jump_op(op_branchnil, end_label);
    }
    bool splat = false;
    for (const Node* a : n->list) splat |= a->kind == NodeKind::kSPLAT;
    int argc = 0;
    uint16_t flags = n->a->kind == NodeKind::kSELF ? kCallSelfRecv : 0;
    if (splat) {
      emit(op_newarray, 0);
      adjust(1);
      for (const Node* a : n->list) {
        if (a->kind == NodeKind::kSPLAT) {
          expr(a->a, true);
          emit(op_concatarray);
        } else {
          expr(a, true);
          emit(op_arraypush);
        }
        adjust(-1);
      }
      expr(n->b, true);
      if (used) {
        emit(op_setn, 3);
      }
      emit(op_arraypush);
      adjust(-1);
      uint32_t at = pc();
      send(intern(n->str), 1, flags | kCallSplat);
      if (spotter_) mark(at, spotter_->attrasgn(n));
    } else {
      for (const Node* a : n->list) {
        expr(a, true);
        ++argc;
      }
      expr(n->b, true);
      if (used) emit(op_setn, static_cast<uint32_t>(argc + 2));
      uint32_t at = pc();
      send(intern(n->str), argc + 1, flags);
      if (spotter_) mark(at, spotter_->attrasgn(n));
    }
    if (end_label >= 0) {
      int done = new_label();
      jump_op(op_jump, done);
      place(end_label);   // receiver was nil: [placeholder nil]
      place(done);
    }
    pop();
    return;
  }
  if (n->kind == NodeKind::kCDECL && (n->b != nullptr || (n->flags & parse::kCdeclTop))) {
    if (used) push_nil();
    if (n->b) {
      expr(n->b, true);
    } else {
      emit(op_putobject, literal(Value::object(vm_.cObject)));
      adjust(1);
    }
    expr(n->a, true);
    if (used) emit(op_setn, 2);
    emit(op_setconst_under, intern(n->str));
    adjust(-2);
    return;
  }
  expr(n->a, true);
  if (used) dup();
  assign_target(n);
}

// The Array on top of the stack is spread over the targets of `m` (a MASGN).
void Compiler::destructure(const Node* m) {
  int pre = 0, post = 0;
  bool splat = false;
  for (const Node* t : m->list) {
    if (t->kind == NodeKind::kSPLAT) splat = true;
    else if (splat) ++post;
    else ++pre;
  }
  emit(op_expandarray, static_cast<uint32_t>(pre), static_cast<uint32_t>(post), splat ? 1u : 0u);
  adjust(-1 + pre + post + (splat ? 1 : 0));
  for (const Node* t : m->list) assign_target(t);
}

// Attribute and index targets of a multiple assignment (nested ones too), left to right.
static void attr_targets(const Node* m, std::vector<const Node*>* out) {
  for (const Node* t : m->list) {
    const Node* u = t->kind == NodeKind::kSPLAT ? t->a : t;
    if (u == nullptr) continue;
    if (u->kind == NodeKind::kMASGN) {
      attr_targets(u, out);
    } else if (u->kind == NodeKind::kATTRASGN && !(u->flags & parse::kCallSafeNav)) {
      bool splat = false;
      for (const Node* a : u->list) splat |= a->kind == NodeKind::kSPLAT;
      if (!splat) out->push_back(u);
    }
  }
}

void Compiler::masgn(const Node* n, bool used) {
  // CRuby 3.1 order: the receivers and index arguments of the targets, then the values,
  // then the assignments.
  std::vector<const Node*> attrs;
  attr_targets(n, &attrs);
  int base = s_->depth;
  for (const Node* t : attrs) {
    masgn_pre_[t] = s_->depth;
    expr(t->a, true);
    for (const Node* a : t->list) expr(a, true);
  }
  int pre = s_->depth - base;
  const Node* rhs = n->a;
  if (rhs->kind == NodeKind::kARRAY) {
    expr(rhs, true);
  } else {
    expr(rhs, true);
    emit(op_toary);
  }
  if (used) dup();
  destructure(n);
  for (const Node* t : attrs) masgn_pre_.erase(t);
  if (pre > 0) {
    if (used) {
      emit(op_setn, static_cast<uint32_t>(pre));
    }
    emit(op_adjuststack, static_cast<uint32_t>(pre));
    adjust(-pre);
  }
}

static bool is_var_target(NodeKind k) {
  return k == NodeKind::kLASGN || k == NodeKind::kIASGN || k == NodeKind::kGASGN ||
         k == NodeKind::kCVASGN || k == NodeKind::kCDECL;
}

void Compiler::op_asgn(const Node* n, bool used) {
  const Node* t = n->a;
  const std::string& op = n->str;
  bool logical = op == "||" || op == "&&";
  // CRuby's OP_CDECL: `A::B op= v` and `::C op= v` (not `C op= v`)
  bool op_cdecl = t->kind == NodeKind::kCDECL && (t->b || (t->flags & parse::kCdeclTop));
  if (is_var_target(t->kind)) {
    auto read = [&] {
      switch (t->kind) {
        case NodeKind::kLASGN:
          lvar_get(static_cast<int>(t->num), resolve_depth(static_cast<int>(t->flags)));
          break;
        case NodeKind::kIASGN:
          emit(op_getivar, intern(t->str), static_cast<uint32_t>(s_->code->ivar_caches.size()));
          s_->code->ivar_caches.emplace_back();
          adjust(1);
          break;
        case NodeKind::kGASGN:
          emit(op_getgvar, intern(t->str));
          adjust(1);
          break;
        case NodeKind::kCVASGN:
          if (op == "||") {   // @@x ||= v tolerates an undefined variable
            int undef = new_label(), done = new_label();
            push_nil();
            emit(op_defined, kDefinedCvar, intern(t->str));
            jump_op(op_branchunless, undef);
            adjust(-1);
            emit(op_getcvar, intern(t->str));
            jump_op(op_jump, done);
            place(undef);
            push_nil();
            adjust(-1);
            place(done);
            adjust(1);
          } else {
            emit(op_getcvar, intern(t->str));
            adjust(1);
          }
          break;
        case NodeKind::kCDECL: {
          // only `||=` tolerates an undefined constant
          int undef = new_label(), done = new_label();
          if (op != "||") {
            undef = done;
          } else if (t->b) {
            expr(t->b, true);
            emit(op_defined, kDefinedConstUnder, intern(t->str));
          } else {
            push_nil();
            emit(op_defined, kDefinedConst, intern(t->str));
          }
          if (undef != done) {
            jump_op(op_branchunless, undef);
            adjust(-1);
          }
          if (t->b) {
            expr(t->b, true);
            uint32_t at = pc();
            emit(op_getconst_under, intern(t->str));
            if (spotter_) mark(at, spotter_->op_cdecl(t, op, t->str));
          } else {
            uint32_t at = pc();
            emit((t->flags & parse::kCdeclTop) ? op_getconst_top : op_getconst, intern(t->str));
            if (spotter_)
              mark(at, op_cdecl ? spotter_->op_cdecl(t, op, t->str) : spotter_->constant(t));
            adjust(1);
          }
          if (undef != done) {
            jump_op(op_jump, done);
            adjust(-1);
            place(undef);
            push_nil();
          }
          place(done);
          break;
        }
        default:
          break;
      }
    };
    read();
    if (logical) {
      int done = new_label();
      if (used) dup();
      jump_op(op == "||" ? op_branchif : op_branchunless, done);
      adjust(-1);
      if (used) pop();
      expr(n->b, true);
      if (used) dup();
      assign_target(t);
      place(done);
      return;
    }
    expr(n->b, true);
    uint32_t at = pc();
    if (uint32_t fast = opt_for(op)) {
      emit(fast, call_info(intern(op), 1, 0));
      adjust(-1);
    } else {
      send(intern(op), 1, 0);
    }
    if (spotter_) mark(at, op_cdecl ? spotter_->op_cdecl(t, op, op) : spotter_->var_op(t, op));
    if (used) dup();
    assign_target(t);
    return;
  }
  if (t->kind == NodeKind::kATTRASGN) {
    // placeholder recv args -> dupn -> reader -> op -> writer
    push_nil();
    expr(t->a, true);
    int safe_label = -1;
    if (t->flags & parse::kCallSafeNav) {
      safe_label = new_label();
      jump_op(op_branchnil, safe_label);
    }
    int argc = 0;
    for (const Node* a : t->list) {
      expr(a, true);
      ++argc;
    }
    std::string reader = t->str.substr(0, t->str.size() - 1);   // "x=" -> "x", "[]=" -> "[]"
    uint16_t flags = t->a->kind == NodeKind::kSELF ? kCallSelfRecv | kCallFcall : 0;
    emit(op_dupn, static_cast<uint32_t>(argc + 1));
    adjust(argc + 1);
    uint32_t at = pc();
    send(intern(reader), argc, flags);
    if (spotter_) mark(at, spotter_->op_asgn_attr(t, op, reader));
    int short_label = new_label(), end_label = new_label();
    if (logical) {
      dup();
      jump_op(op == "||" ? op_branchif : op_branchunless, short_label);
      adjust(-1);
      pop();
      expr(n->b, true);
    } else {
      expr(n->b, true);
      at = pc();
      send(intern(op), 1, 0);
      if (spotter_) mark(at, spotter_->op_asgn_attr(t, op, op));
    }
    emit(op_setn, static_cast<uint32_t>(argc + 2));   // new value over the placeholder
    at = pc();
    send(intern(t->str), argc + 1, flags);
    if (spotter_) mark(at, spotter_->op_asgn_attr(t, op, t->str));
    pop();
    jump_op(op_jump, end_label);
    // short-circuit: [ph recv args cur]
    place(short_label);
    emit(op_setn, static_cast<uint32_t>(argc + 2));
    emit(op_adjuststack, static_cast<uint32_t>(argc + 2));
    if (safe_label >= 0) {
      int done = new_label();
      jump_op(op_jump, done);
      place(safe_label);   // [ph nil]
      emit(op_swap);
      emit(op_pop);
      place(done);
    }
    place(end_label);   // every path leaves one value
    if (!used) pop();
    return;
  }
  vm_.raise(vm_.eNotImplementedError, "maglev: unsupported op-assign target");
}

}  // namespace maglev::vm
