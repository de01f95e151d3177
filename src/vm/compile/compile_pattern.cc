// Compiling pattern matching: case/in, `expr => pattern` and `expr in pattern`.
// A pattern consumes the subject on top of the stack and jumps to its fail label with
// the subject consumed. In single-pattern mode (`=>`, and a case/in with one clause and
// no else) every failure first stores why it failed in a hidden local (an Array: the
// values the message needs, then a PatternFail code); Kernel#__no_matching_pattern
// turns it into CRuby's message ("5: String === 5 does not return true").
#include "vm/compile/compiler_impl.h"
#include "vm/interp/ops.h"

namespace maglev::vm {

namespace {

// A failure exit inside one pattern: drops `extra` values and jumps to the pattern's
// fail label. When recording, the top `record` of those values (then `lit` when it is
// not undef, then the code) make the reason; record < 0 means a sub-pattern failed
// and has recorded already.
struct FailExit {
  int label;
  int extra;
  int record;
  PatternFail code;
  Value lit;
};

}  // namespace

// Stores the reason of a failure: the top `n` values (then `lit` when not undef, then
// `code`) as an Array in the hidden local. Consumes the n values.
void Compiler::pattern_record(int n, PatternFail code, Value lit) {
  int len = n + 1;
  if (!lit.is_undef()) {
    emit(op_putobject, literal(lit));
    adjust(1);
    ++len;
  }
  emit(op_putobject, literal(Value::fixnum(static_cast<int64_t>(code))));
  adjust(1);
  emit(op_newarray, static_cast<uint32_t>(len));
  adjust(1 - len);
  lvar_set(pat_err_, 0);
}

// Raises TypeError "NAME must return Array/Hash" unless the value on top has the type.
void Compiler::pattern_type_check(uint32_t type, SymId method) {
  int ok = new_label();
  dup();
  emit(op_checktype, type);
  jump_op(op_branchif, ok);
  adjust(-1);
  emit(op_putself);
  adjust(1);
  emit(op_putobject, literal(Value::symbol(method)));
  adjust(1);
  send(intern("__pattern_type_error"), 1);
  pop();
  place(ok);
}

void Compiler::pattern(const Node* p, int fail) {
  std::vector<FailExit> exits;
  const bool recording = pat_err_ >= 0;
  // Pops the boolean on top; when false, leaves through an exit that drops `extra`.
  auto check = [&](int extra, int record = -1, PatternFail code = PatternFail::kEqq,
                   Value lit = Value::undef()) {
    int l = new_label();
    exits.push_back(FailExit{l, extra, record, code, lit});
    jump_op(op_branchunless, l);
    adjust(-1);
  };
  auto sub_exit = [&](int extra) {
    int l = new_label();
    exits.push_back(FailExit{l, extra, -1, PatternFail::kEqq, Value::undef()});
    return l;
  };
  // value === subject. With `keep` the subject stays on top when it matches.
  auto value_check = [&](const Node* value, bool keep) {
    if (!recording) {
      if (keep) dup();
      expr(value, true);
      emit(op_checkmatch, 0);
      adjust(-1);
      if (keep) {
        check(1);
      } else {
        jump_op(op_branchunless, fail);
        adjust(-1);
      }
      return;
    }
    // [S] -> [S P S P] -> [S P bool]; the failure reports both.
    expr(value, true);
    emit(op_topn, 1);
    adjust(1);
    emit(op_topn, 1);
    adjust(1);
    emit(op_checkmatch, 0);
    adjust(-1);
    check(2, 2, PatternFail::kEqq);
    if (keep) {
      pop();
    } else {
      emit(op_adjuststack, 2);
      adjust(-2);
    }
  };
  auto respond_check = [&](SymId method, PatternFail code) {
    dup();
    emit(op_putobject, literal(Value::symbol(method)));
    adjust(1);
    send(sym::respond_to_p, 1, 0);
    check(1, 1, code);
  };
  switch (p->kind) {
    case NodeKind::kLASGN:
      assign_target(p);
      break;
    case NodeKind::kPAT_PIN:
      value_check(p->a, false);
      break;
    case NodeKind::kPAT_CAPTURE:
      dup();
      pattern(p->a, sub_exit(1));
      assign_target(p->b);
      break;
    case NodeKind::kPAT_ALT: {
      int next = new_label(), ok = new_label();
      dup();
      pattern(p->a, next);
      pop();
      jump_op(op_jump, ok);
      place(next);
      adjust(1);   // a's failure leaves the subject copy
      pattern(p->b, fail);
      place(ok);
      break;
    }
    case NodeKind::kPAT_ARRAY:
    case NodeKind::kPAT_FIND: {
      if (p->a != nullptr) value_check(p->a, true);
      respond_check(sym::deconstruct, PatternFail::kNoDeconstruct);
      send(sym::deconstruct, 0, 0);
      pattern_type_check(kCheckArray, sym::deconstruct);
      // [arr]
      int pre = 0, post = 0;
      bool splat = false;
      for (const Node* e : p->list) {
        if (e->kind == NodeKind::kSPLAT) splat = true;
        else if (splat) ++post;
        else ++pre;
      }
      dup();
      send(sym::length, 0, 0);
      emit(op_putobject, literal(Value::fixnum(pre + post)));
      adjust(1);
      if (splat) emit(op_opt_ge, call_info(sym::ge, 1, 0));
      else emit(op_opt_eq, call_info(sym::eq, 1, 0));
      adjust(-1);
      check(1, 1, splat ? PatternFail::kLengthMin : PatternFail::kLength,
            Value::fixnum(pre + post));
      if (p->kind == NodeKind::kPAT_FIND) {
        find_pattern(p, fail);
        break;
      }
      int i = 0;
      bool after = false;
      for (const Node* e : p->list) {
        if (e->kind == NodeKind::kSPLAT) {
          after = true;
          if (e->a == nullptr) continue;
          // arr[pre, len - pre - post]
          dup();
          emit(op_putobject, literal(Value::fixnum(pre)));
          adjust(1);
          emit(op_topn, 1);
          adjust(1);
          send(sym::length, 0, 0);
          emit(op_putobject, literal(Value::fixnum(pre + post)));
          adjust(1);
          emit(op_opt_minus, call_info(sym::minus, 1, 0));
          adjust(-1);
          send(sym::aref, 2, 0);
          assign_target(e->a);
          continue;
        }
        dup();
        int64_t index = after ? -(post - (i - pre)) : i;
        emit(op_putobject, literal(Value::fixnum(index)));
        adjust(1);
        emit(op_opt_aref, call_info(sym::aref, 1, 0));
        adjust(-1);
        pattern(e, sub_exit(1));
        ++i;
      }
      pop();
      break;
    }
    case NodeKind::kPAT_HASH: {
      if (p->a != nullptr) value_check(p->a, true);
      respond_check(sym::deconstruct_keys, PatternFail::kNoDeconstructKeys);
      // keys array (nil when **rest)
      std::vector<const Node*> pairs;
      const Node* rest = nullptr;
      for (const Node* e : p->list) {
        if (e->kind == NodeKind::kDSPLAT) rest = e;
        else pairs.push_back(e);
      }
      if (rest != nullptr && rest->a != nullptr) {
        push_nil();
      } else {
        for (const Node* e : pairs) {
          emit(op_putobject, literal(Value::symbol(intern(e->a->str))));
          adjust(1);
        }
        emit(op_newarray, static_cast<uint32_t>(pairs.size()));
        adjust(1 - static_cast<int>(pairs.size()));
      }
      send(sym::deconstruct_keys, 1, 0);
      pattern_type_check(kCheckHash, sym::deconstruct_keys);
      for (const Node* e : pairs) {
        Value key = Value::symbol(intern(e->a->str));
        dup();
        emit(op_putobject, literal(key));
        adjust(1);
        send(intern("key?"), 1, 0);
        check(1, 1, PatternFail::kKey, key);
        dup();
        emit(op_putobject, literal(key));
        adjust(1);
        emit(op_opt_aref, call_info(sym::aref, 1, 0));
        adjust(-1);
        pattern(e->b, sub_exit(1));
      }
      bool nil_rest = p->flags & parse::kPatHashNilRest;
      if ((rest != nullptr && rest->a != nullptr) || nil_rest) {
        dup();
        for (const Node* e : pairs) {
          emit(op_putobject, literal(Value::symbol(intern(e->a->str))));
          adjust(1);
        }
        send(intern("except"), static_cast<int>(pairs.size()), 0);
        if (nil_rest) {
          dup();
          send(intern("empty?"), 0, 0);
          check(2, 1, PatternFail::kRestNotEmpty);
          pop();
        } else {
          assign_target(rest->a);
        }
      } else if (pairs.empty() && rest == nullptr) {
        dup();
        send(intern("empty?"), 0, 0);
        check(1, 1, PatternFail::kNotEmpty);
      }
      pop();
      break;
    }
    default:
      value_check(p, false);
      break;
  }
  if (exits.empty()) return;
  int ok = new_label();
  jump_op(op_jump, ok);
  int ok_depth = s_->depth;   // the subject consumed: the fail label's depth
  for (const FailExit& e : exits) {
    place(e.label);
    s_->depth = ok_depth + e.extra;
    int left = e.extra;
    if (recording && e.record >= 0) {
      pattern_record(e.record, e.code, e.lit);
      left -= e.record;
    }
    if (left > 0) {
      emit(op_adjuststack, static_cast<uint32_t>(left));
      adjust(-left);
    }
    jump_op(op_jump, fail);
  }
  s_->depth = ok_depth;
  place(ok);
}

// [*, mid..., *] with the deconstructed array on top (long enough): tries each window
// of the runtime helper's candidates in turn; binds the splats of the first that
// matches. Consumes the array, also when it jumps to `fail`.
void Compiler::find_pattern(const Node* p, int fail) {
  const bool recording = pat_err_ >= 0;
  std::vector<const Node*> mids(p->list.begin() + 1, p->list.end() - 1);
  int base = s_->depth;   // [arr]
  dup();
  emit(op_putself);
  adjust(1);
  emit(op_swap);
  emit(op_putobject, literal(Value::fixnum(static_cast<int64_t>(mids.size()))));
  adjust(1);
  send(intern("__find_candidates"), 2);
  // [arr candidates]
  int loop_top = new_label(), found = new_label(), none = new_label(), try_next = new_label();
  int idx = hidden_local();
  emit(op_putobject, literal(Value::fixnum(0)));
  adjust(1);
  lvar_set(idx, 0);
  place(loop_top);
  dup();
  lvar_get(idx, 0);
  emit(op_opt_aref, call_info(sym::aref, 1, 0));
  adjust(-1);
  // [arr cands window|nil]
  dup();
  jump_op(op_branchunless, none);
  adjust(-1);
  for (size_t i = 0; i < mids.size(); ++i) {
    dup();
    emit(op_putobject, literal(Value::fixnum(static_cast<int64_t>(i) + 1)));
    adjust(1);
    emit(op_opt_aref, call_info(sym::aref, 1, 0));
    adjust(-1);
    int t = new_label(), ok = new_label();
    pattern(mids[i], t);
    jump_op(op_jump, ok);
    place(t);
    jump_op(op_jump, try_next);
    place(ok);
  }
  // matched: bind the splats
  const Node* splats[2] = {p->list.front(), p->list.back()};
  int64_t at[2] = {0, static_cast<int64_t>(mids.size()) + 1};
  for (int k = 0; k < 2; ++k) {
    if (splats[k]->a == nullptr) continue;
    dup();
    emit(op_putobject, literal(Value::fixnum(at[k])));
    adjust(1);
    emit(op_opt_aref, call_info(sym::aref, 1, 0));
    adjust(-1);
    assign_target(splats[k]->a);
  }
  emit(op_adjuststack, 3);   // window, candidates, arr
  adjust(-3);
  jump_op(op_jump, found);
  s_->depth = base + 2;
  place(try_next);   // [arr cands window]
  pop();
  lvar_get(idx, 0);
  emit(op_putobject, literal(Value::fixnum(1)));
  adjust(1);
  emit(op_opt_plus, call_info(sym::plus, 1, 0));
  adjust(-1);
  lvar_set(idx, 0);
  jump_op(op_jump, loop_top);
  place(none);   // [arr cands nil]
  s_->depth = base + 2;
  emit(op_adjuststack, 2);
  adjust(-2);
  if (recording) {
    pattern_record(1, PatternFail::kFind, Value::undef());
  } else {
    emit(op_adjuststack, 1);
    adjust(-1);
  }
  jump_op(op_jump, fail);
  s_->depth = base - 1;
  place(found);
}

void Compiler::case_in(const Node* n, bool used) {
  int saved_err = pat_err_;
  bool single = n->kind == NodeKind::kMATCH_PATTERN ||
                (n->kind == NodeKind::kCASE_IN && n->list.size() == 1 && n->b == nullptr);
  pat_err_ = single ? hidden_local() : -1;
  // [subj] -> raises NoMatchingPattern(Key)Error
  auto no_match = [&]() {
    emit(op_putself);
    adjust(1);
    emit(op_swap);
    if (single) {
      lvar_get(pat_err_, 0);
    }
    send(intern("__no_matching_pattern"), single ? 2 : 1);
  };
  int end_label = new_label();
  if (n->kind == NodeKind::kMATCH_PATTERN_P) {
    int f = new_label();
    expr(n->a, true);
    pattern(n->b, f);
    emit(op_puttrue);
    adjust(1);
    jump_op(op_jump, end_label);
    place(f);
    emit(op_putfalse);
    place(end_label);
    if (!used) pop();
  } else if (n->kind == NodeKind::kMATCH_PATTERN) {
    int f = new_label();
    expr(n->a, true);
    dup();
    pattern(n->b, f);
    pop();
    push_nil();
    jump_op(op_jump, end_label);
    place(f);   // [subj]
    no_match();
    place(end_label);
    if (!used) pop();
  } else {
    expr(n->a, true);
    for (const Node* in : n->list) {
      int next = new_label();
      dup();
      pattern(in->a, next);
      int guard_failed = -1;
      if (in->c != nullptr) {
        guard_failed = single ? new_label() : next;
        expr(in->c, true);
        jump_op((in->flags & parse::kInGuardUnless) ? op_branchif : op_branchunless, guard_failed);
        adjust(-1);
      }
      pop();
      body(in->b, used);
      jump_op(op_jump, end_label);
      if (used) adjust(-1);
      if (single && guard_failed >= 0) {
        place(guard_failed);   // [subj]
        adjust(1);
        pattern_record(0, PatternFail::kGuard, Value::undef());
        jump_op(op_jump, next);
        adjust(-1);
      }
      place(next);
      adjust(1);   // the subject is back on the stack
    }
    if (n->b != nullptr) {
      pop();
      body(n->b, used);
    } else {
      no_match();
      if (!used) pop();
    }
    place(end_label);
  }
  pat_err_ = saved_err;
}

}  // namespace maglev::vm
