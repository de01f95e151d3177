// Compiling control flow: conditionals, loops, case/when,
// break/next/redo/retry/return (inlining ensure bodies on local jumps), and the
// catch-table entries of rescue and ensure.
#include <algorithm>

#include "vm/compile/compiler_impl.h"
#include "vm/interp/ops.h"
#include "vm/object/string.h"

namespace maglev::vm {

void Compiler::if_(const Node* n, bool used) {
  int else_label = new_label(), end_label = new_label();
  expr(n->a, true);
  jump_op(op_branchunless, else_label);
  adjust(-1);
  body(n->b, used);
  // A statement `if` without else falls through to its end: no jump over nothing.
  if (used || n->c != nullptr) jump_op(op_jump, end_label);
  if (used) adjust(-1);
  place(else_label);
  body(n->c, used);
  place(end_label);
}

void Compiler::and_or(const Node* n, bool used) {
  int end_label = new_label();
  expr(n->a, true);
  if (used) dup();
  jump_op(n->kind == NodeKind::kAND ? op_branchunless : op_branchif, end_label);
  adjust(-1);
  if (used) pop();
  expr(n->b, used);
  place(end_label);
}

void Compiler::loop(const Node* n, bool used) {
  int body_label = new_label(), cond_label = new_label(), break_label = new_label();
  s_->loops.push_back(LoopCtx{break_label, cond_label, body_label, s_->depth, s_->ensures.size()});
  if (!(n->flags & parse::kLoopDoWhile)) jump_op(op_jump, cond_label);
  place(body_label);
  body(n->b, false);
  place(cond_label);
  expr(n->a, true);
  jump_op(n->kind == NodeKind::kWHILE ? op_branchif : op_branchunless, body_label);
  adjust(-1);
  push_nil();
  place(break_label);
  s_->loops.pop_back();
  if (!used) pop();
}

void Compiler::for_(const Node* n, bool used) {
  // for t in a; body; end  ==>  a.each { |tmp| t = tmp; body }, in this scope's locals.
  expr(n->a, true);
  auto* rc = vm_.heap.make<RCode>(HeapType::kCode, nullptr);
  rc->code = new Code();
  Code* code = rc->code;
  code->kind = Code::Kind::kBlock;
  code->name = "block in " + s_->code->name;
  code->file = file_;
  code->first_line = n->line;
  code->local_names.push_back(sym::empty_name);
  code->nlocals = 1;
  code->params.lead = 1;
  code->params.slots.push_back(0);
  code->has_params = true;
  code->needs_env = contains_closure(n->c);   // closures in the body reach through us
  ScopeCtx ctx;
  ctx.parent = s_;
  ctx.code = code;
  ctx.rcode = rc;
  ctx.node = n;
  ctx.is_for_block = true;
  ctx.method_params = s_->method_params;
  ctx.method_depth = s_->method_depth;
  ctx.block_level = s_->block_level;
  ScopeCtx* saved = s_;
  s_ = &ctx;
  line(n);
  lvar_get(0, 0);
  if (n->b->kind == NodeKind::kMASGN) emit(op_toary);
  assign_target(n->b);
  body(n->c, true);
  emit(op_leave);
  adjust(-1);
  for (auto& [pos, label] : ctx.fixups)
    code->insns[pos] = static_cast<uint32_t>(ctx.label_pos[label] - static_cast<int>(pos + 1));
  fuse_instructions(code);
  s_ = saved;
  int idx = static_cast<int>(child(rc));
  emit(op_send, call_info(sym::each, 0, 0, idx));
  if (!used) pop();
}

void Compiler::case_(const Node* n, bool used) {
  int end_label = new_label();
  if (n->a != nullptr) {
    expr(n->a, true);
    std::vector<int> body_labels;
    for (const Node* w : n->list) {
      int bl = new_label();
      body_labels.push_back(bl);
      for (const Node* v : w->list) {
        dup();
        bool splat = v->kind == NodeKind::kSPLAT;
        expr(splat ? v->a : v, true);
        emit(op_checkmatch, splat ? 1u : 0u);
        adjust(-1);
        jump_op(op_branchif, bl);
        adjust(-1);
      }
    }
    pop();
    body(n->b, used);
    jump_op(op_jump, end_label);
    if (used) adjust(-1);
    for (size_t i = 0; i < n->list.size(); ++i) {
      place(body_labels[i]);
      adjust(1);   // the subject is still on the stack here
      pop();
      body(n->list[i]->a, used);
      jump_op(op_jump, end_label);
      if (used) adjust(-1);
    }
  } else {
    std::vector<int> body_labels;
    for (const Node* w : n->list) {
      int bl = new_label();
      body_labels.push_back(bl);
      for (const Node* v : w->list) {
        if (v->kind == NodeKind::kSPLAT) {
          expr(v->a, true);
          emit(op_putself);
          adjust(1);
          emit(op_swap);
          send(intern("__any_truthy"), 1);
        } else {
          expr(v, true);
        }
        jump_op(op_branchif, bl);
        adjust(-1);
      }
    }
    body(n->b, used);
    jump_op(op_jump, end_label);
    if (used) adjust(-1);
    for (size_t i = 0; i < n->list.size(); ++i) {
      place(body_labels[i]);
      body(n->list[i]->a, used);
      jump_op(op_jump, end_label);
      if (used) adjust(-1);
    }
  }
  place(end_label);
  if (used) adjust(1);
}

// --- jumps -------------------------------------------------------------------------

void Compiler::unwind_ensures(size_t down_to) {
  // Inline the bodies of ensure clauses a local jump leaves, innermost first, and
  // restore $! where it leaves a rescue clause.
  std::vector<ScopeCtx::Unwind> saved = s_->ensures;
  while (s_->ensures.size() > down_to) {
    ScopeCtx::Unwind u = s_->ensures.back();
    s_->ensures.pop_back();
    if (u.errinfo_slot < 0) {
      body(u.ensure, false);
    } else {
      lvar_get(u.errinfo_slot, 0);
      emit(op_setgvar, intern("$!"));
      adjust(-1);
    }
  }
  s_->ensures = saved;
}

void Compiler::break_(const Node* n) {
  if (!s_->loops.empty()) {
    LoopCtx& l = s_->loops.back();
    body(n->a, true);
    unwind_ensures(l.ensure_level);
    int extra = s_->depth - 1 - l.depth;
    if (extra > 0) {
      emit(op_setn, static_cast<uint32_t>(extra));
      emit(op_adjuststack, static_cast<uint32_t>(extra));
    }
    jump_op(op_jump, l.break_label);
    adjust(-1);
    return;
  }
  body(n->a, true);
  // the throw runs the ensure clauses it leaves; rescue clauses left restore $! here
  for (size_t i = s_->ensures.size(); i-- > 0;) {
    if (s_->ensures[i].errinfo_slot < 0) continue;
    lvar_get(s_->ensures[i].errinfo_slot, 0);
    emit(op_setgvar, intern("$!"));
    adjust(-1);
  }
  emit(op_throw_break);
  adjust(-1);
}

void Compiler::next_(const Node* n) {
  if (!s_->loops.empty()) {
    LoopCtx& l = s_->loops.back();
    if (n->a) body(n->a, false);
    unwind_ensures(l.ensure_level);
    int extra = s_->depth - l.depth;
    if (extra > 0) emit(op_adjuststack, static_cast<uint32_t>(extra));
    jump_op(op_jump, l.next_label);
    return;
  }
  body(n->a, true);
  unwind_ensures(0);
  emit(op_leave);
  adjust(-1);
}

void Compiler::redo_(const Node*) {
  if (!s_->loops.empty()) {
    LoopCtx& l = s_->loops.back();
    unwind_ensures(l.ensure_level);
    int extra = s_->depth - l.depth;
    if (extra > 0) emit(op_adjuststack, static_cast<uint32_t>(extra));
    jump_op(op_jump, l.redo_label);
    return;
  }
  // redo in a block: restart the block body (after parameter binding).
  int extra = s_->depth;
  if (extra > 0) emit(op_adjuststack, static_cast<uint32_t>(extra));
  emit(op_jump, static_cast<uint32_t>(-static_cast<int>(s_->code->insns.size()) - 2));
}

void Compiler::retry_(const Node*) {
  if (s_->retry_labels.empty()) {
    vm_.raise(vm_.eSyntaxError, file_ + ": Invalid retry");
  }
  int extra = s_->depth - s_->retry_depths.back();
  if (extra > 0) emit(op_adjuststack, static_cast<uint32_t>(extra));
  lvar_get(s_->retry_errinfo.back(), 0);   // leaving the rescue clause: $! as it was
  emit(op_setgvar, intern("$!"));
  adjust(-1);
  jump_op(op_jump, s_->retry_labels.back());
}

void Compiler::return_(const Node* n) {
  body(n->a, true);
  Code::Kind k = s_->code->kind;
  bool in_block = false;
  for (ScopeCtx* sc = s_; sc; sc = sc->parent) {
    if (sc->is_for_block) continue;
    in_block = sc->code->kind == Code::Kind::kBlock;
    break;
  }
  if (s_->is_for_block || (k == Code::Kind::kBlock && in_block)) {
    emit(op_throw_return);
    adjust(-1);
    return;
  }
  unwind_ensures(0);
  emit(op_leave);
  adjust(-1);
}

// --- rescue / ensure -----------------------------------------------------------------

void Compiler::rescue(const Node* n, bool used) {
  int start_label = new_label(), end_label = new_label(), handler_label = new_label(),
      after_label = new_label();
  int depth0 = s_->depth;
  // The line CRuby shows for the frame around `rescue in`: the def's for a method whose
  // body starts with the begin (or has the rescue), else the begin's; the `rescue`
  // keyword's when an ensure clause follows.
  int parent_line = n->line;
  if (n == rescue_in_ensure_ && !n->list.empty()) {
    parent_line = n->list[0]->line;
  } else if (s_->code->kind == Code::Kind::kMethod &&
             std::all_of(s_->code->lines.begin(), s_->code->lines.end(), [&](const auto& pl) {
               return pl.second == s_->code->first_line || pl.second == n->line;
             })) {
    parent_line = s_->code->first_line;
  }
  // $! as it was on entry: a rescue clause that completes restores it.
  int errinfo_before = hidden_local();
  emit(op_getgvar, intern("$!"));
  adjust(1);
  lvar_set(errinfo_before, 0);
  place(start_label);
  body(n->a, true);
  place(end_label);
  if (n->b != nullptr) {   // else clause replaces the value
    pop();
    body(n->b, true);
  }
  jump_op(op_jump, after_label);
  // Handler: [exc]
  s_->depth = depth0;
  place(handler_label);
  adjust(1);
  int exc = hidden_local();
  lvar_set(exc, 0);
  s_->retry_labels.push_back(start_label);
  s_->retry_depths.push_back(depth0);
  s_->retry_errinfo.push_back(errinfo_before);
  for (const Node* rb : n->list) {
    int body_label = new_label(), next = new_label();
    if (rb->list.empty()) {
      lvar_get(exc, 0);
      emit(op_getconst_top, intern("StandardError"));
      adjust(1);
      emit(op_checkmatch, 0);
      adjust(-1);
      jump_op(op_branchif, body_label);
      adjust(-1);
    } else {
      for (const Node* cls : rb->list) {
        lvar_get(exc, 0);
        bool splat = cls->kind == NodeKind::kSPLAT;
        expr(splat ? cls->a : cls, true);
        emit(op_checkmatch, splat ? 1u : 0u);
        adjust(-1);
        jump_op(op_branchif, body_label);
        adjust(-1);
      }
    }
    jump_op(op_jump, next);
    place(body_label);
    if (rb->b != nullptr) {
      lvar_get(exc, 0);
      assign_target(rb->b);
    }
    s_->ensures.push_back({nullptr, errinfo_before});
    body(rb->a, true);
    s_->ensures.pop_back();
    lvar_get(errinfo_before, 0);
    emit(op_setgvar, intern("$!"));
    adjust(-1);
    jump_op(op_jump, after_label);
    adjust(-1);
    place(next);
  }
  s_->retry_labels.pop_back();
  s_->retry_depths.pop_back();
  s_->retry_errinfo.pop_back();
  lvar_get(exc, 0);
  emit(op_raise_top);
  adjust(-1);
  place(after_label);
  adjust(1);
  CatchEntry ce;
  ce.kind = CatchEntry::kRescue;
  ce.start = static_cast<uint32_t>(s_->label_pos[start_label]);
  ce.end = static_cast<uint32_t>(s_->label_pos[end_label]);
  ce.handler = static_cast<uint32_t>(s_->label_pos[handler_label]);
  ce.sp = static_cast<uint32_t>(depth0);
  ce.retry = ce.start;
  ce.handler_end = static_cast<uint32_t>(s_->label_pos[after_label]);
  ce.line = parent_line;
  s_->code->catches.push_back(ce);
  if (!used) pop();
}

void Compiler::ensure(const Node* n, bool used) {
  int start_label = new_label(), end_label = new_label(), handler_label = new_label(),
      after_label = new_label();
  int depth0 = s_->depth;
  place(start_label);
  s_->ensures.push_back({n->b, -1});
  if (n->a != nullptr && n->a->kind == NodeKind::kRESCUE) rescue_in_ensure_ = n->a;
  body(n->a, true);
  s_->ensures.pop_back();
  place(end_label);
  body(n->b, false);
  jump_op(op_jump, after_label);
  s_->depth = depth0;
  place(handler_label);
  adjust(1);
  int pending = hidden_local();
  lvar_set(pending, 0);
  body(n->b, false);
  lvar_get(pending, 0);
  emit(op_rethrow);
  adjust(-1);
  place(after_label);
  adjust(1);
  CatchEntry ce;
  ce.kind = CatchEntry::kEnsure;
  ce.start = static_cast<uint32_t>(s_->label_pos[start_label]);
  ce.end = static_cast<uint32_t>(s_->label_pos[end_label]);
  ce.handler = static_cast<uint32_t>(s_->label_pos[handler_label]);
  ce.sp = static_cast<uint32_t>(depth0);
  ce.retry = 0;
  ce.handler_end = static_cast<uint32_t>(s_->label_pos[after_label]);
  s_->code->catches.push_back(ce);
  if (!used) pop();
}

}  // namespace maglev::vm
