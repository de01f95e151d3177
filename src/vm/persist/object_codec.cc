// The bytes of one persistent object and back: a header (heap type, flags, class) and
// a body per heap type. References to other objects are object ids (the committing walk
// names them); immediates, Floats, Bignums and Symbols are written inline. Reading
// creates shells first and fills them in breadth-first (drain), so a long chain or a
// cycle never recurses. Classes and compiled code have their own codecs.
#include <xxhash.h>

#include "vm/core/core.h"
#include "vm/interp/ops.h"
#include "vm/persist/store.h"
#include "vm/snapshot/prelude_image.h"

namespace maglev::vm::persist {

namespace {

// kHEncIndex: a String's encoding index bits (vm/object/encoding.h), bits 5-7.
enum : uint8_t { kHFrozen = 1, kHBinary = 2, kHIdentity = 4, kHExcl = 8, kHLambda = 16, kHEncShift = 5 };

uint8_t header_flags(const RBasic* o) {
  uint8_t f = 0;
  if (o->flags & kFlagFrozen) f |= kHFrozen;
  if (o->flags & kFlagBinary) f |= kHBinary;
  if (o->flags & kFlagIdentity) f |= kHIdentity;
  if (o->flags & kFlagExcl) f |= kHExcl;
  if (o->flags & kFlagLambda) f |= kHLambda;
  f |= static_cast<uint8_t>(((o->flags & kFlagEncIndex) >> kFlagEncShift) << kHEncShift);
  return f;
}

void apply_flags(RBasic* o, uint8_t f) {
  o->flags &= static_cast<uint16_t>(~(kFlagFrozen | kFlagEncoding | kFlagIdentity | kFlagExcl |
                                      kFlagLambda));
  o->flags |= static_cast<uint16_t>((f >> kHEncShift) << kFlagEncShift);
  if (f & kHFrozen) o->flags |= kFlagFrozen;
  if (f & kHBinary) o->flags |= kFlagBinary;
  if (f & kHIdentity) o->flags |= kFlagIdentity;
  if (f & kHExcl) o->flags |= kFlagExcl;
  if (f & kHLambda) o->flags |= kFlagLambda;
}

Value ref_value(RBasic* o) { return o ? Value::object(o) : Value::nil(); }

template <class T>
T* as_heap(Value v, HeapType type) {
  return v.is_heap() && v.heap()->type == type ? v.as<T>() : nullptr;
}

}  // namespace

uint64_t digest_of(const std::vector<uint8_t>& bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

std::string unpersistable_reason(Vm& vm, RBasic* o) {
  switch (o->type) {
    case HeapType::kData:
    case HeapType::kMethod:
    case HeapType::kMatch:
      return vm.class_name_of(Value::object(o));
    case HeapType::kClass: {
      auto* c = reinterpret_cast<RClass*>(o);
      if (c->kind == ClassKind::kSingleton || c->kind == ClassKind::kIClass)
        return "singleton class";
      if (!c->ext->persistable)
        return std::string(c->kind == ClassKind::kModule ? "transient module " : "transient class ") +
               class_path(vm, c);
      return {};
    }
    case HeapType::kEnv:
    case HeapType::kCode:
      return {};
    default: {
      RClass* k = real_class(o->klass);
      if (!k->ext->persistable) return "instance of transient class " + class_path(vm, k);
      if (!k->ext->instances_persistable) return class_path(vm, k);
      return {};
    }
  }
}

bool is_reference(Vm& vm, Value v) {
  if (!v.is_heap() || v == vm.main_obj) return false;
  switch (v.heap()->type) {
    case HeapType::kFloat:
    case HeapType::kBignum:
      return false;
    case HeapType::kClass: {
      RClass* c = v.as<RClass>();
      bool metaclass = c->kind == ClassKind::kSingleton && c->attached.is_heap() &&
                       c->attached.heap()->type == HeapType::kClass;
      return !is_core_class(c) && !metaclass;
    }
    default:
      return true;
  }
}

void put_value(Vm& vm, Writer& w, Value v, const RefFn& ref, const Edge& via) {
  if (v.is_nil()) return w.tag(Tag::kNil);
  if (v.is_true()) return w.tag(Tag::kTrue);
  if (v.is_false()) return w.tag(Tag::kFalse);
  if (v.is_undef()) return w.tag(Tag::kUndef);
  if (v.is_fixnum()) { w.tag(Tag::kFixnum); return w.svarint(v.fixnum_value()); }
  if (v.is_flonum()) { w.tag(Tag::kFloat); return w.f64(v.flonum_value()); }
  if (v.is_symbol()) { w.tag(Tag::kSymbol); return w.bytes(sym_name(v.symbol_id())); }
  RBasic* o = v.heap();
  switch (o->type) {
    case HeapType::kFloat:
      w.tag(Tag::kFloat);
      return w.f64(v.as<RFloat>()->value);
    case HeapType::kBignum:
      w.tag(Tag::kBignum);
      return w.bytes(int_to_string(v, 16));
    case HeapType::kClass: {
      RClass* c = v.as<RClass>();
      if (is_core_class(c)) {
        w.tag(Tag::kCoreClass);
        return w.bytes(class_path(vm, c));
      }
      if (c->kind == ClassKind::kSingleton && c->attached.is_heap() &&
          c->attached.heap()->type == HeapType::kClass) {
        w.tag(Tag::kMetaclass);
        return put_value(vm, w, c->attached, ref, via);
      }
      break;
    }
    default:
      if (v == vm.main_obj) return w.tag(Tag::kMain);
  }
  w.tag(Tag::kRef);
  w.varint(ref(v, via));
}

Value get_value(Vm& vm, Reader& r) {
  switch (r.tag()) {
    case Tag::kNil: return Value::nil();
    case Tag::kTrue: return Value::boolean(true);
    case Tag::kFalse: return Value::boolean(false);
    case Tag::kUndef: return Value::undef();
    case Tag::kFixnum: return int_new(vm, r.svarint());
    case Tag::kFloat: return float_new(vm, r.f64());
    case Tag::kBignum: {
      std::string s(r.bytes());
      return int_parse(vm, s, 16);
    }
    case Tag::kSymbol: return Value::symbol(intern(r.bytes()));
    case Tag::kCoreClass: {
      RClass* c = core_class_by_path(vm, r.bytes());
      return c ? Value::object(c) : Value::nil();
    }
    case Tag::kMain: return vm.main_obj;
    case Tag::kMetaclass: {
      Value c = get_value(vm, r);
      return c.is_heap() ? Value::object(singleton_class(vm, c)) : Value::nil();
    }
    case Tag::kRef: return ref_value(shell_for(vm, r.varint()));
    default:
      r.bad = true;
      return Value::nil();
  }
}

void encode_object(Vm& vm, RBasic* o, Writer& w, const RefFn& ref) {
  w.u8(static_cast<uint8_t>(o->type));
  w.u8(header_flags(o));
  Edge cls{Edge::kClassOf};
  if (o->type == HeapType::kClass) return encode_class(vm, reinterpret_cast<RClass*>(o), w, ref);
  if (o->type == HeapType::kEnv || o->type == HeapType::kCode) {
    w.tag(Tag::kNil);
  } else {
    put_value(vm, w, Value::object(real_class(o->klass)), ref, cls);
  }
  Value self = Value::object(o);
  switch (o->type) {
    case HeapType::kObject: {
      // Every slot, hidden ones too (Rational and Complex keep their parts there): the
      // shape naming them (0: none), then the value of each name (unset ones kUndef).
      auto* obj = reinterpret_cast<RObject*>(o);
      RClass* klass = real_class(o->klass);
      Store& st = store(vm);
      Status error;
      uint32_t shape = st.shapes.for_object(st.session, obj, klass, &error);
      if (shape == Shapes::kFailed) raise_maglev(vm, "MaglevException", error.to_string());
      if (shape == Shapes::kNone) {
        w.varint(0);
      } else {
        o->aux = shape + 1;
        const Shapes::Shape& s = st.shapes.at(shape);
        w.varint(s.oop);
        const std::vector<uint32_t>& slots = st.shapes.slots(shape, klass);
        for (size_t i = 0; i < slots.size(); ++i) {
          Value v = slots[i] < obj->ivlen ? obj->ivs[slots[i]] : Value::undef();
          put_value(vm, w, v, ref, Edge{Edge::kIvar, s.names[i]});
        }
      }
      // Singleton methods defined on it in persistent mode.
      RClass* k = o->klass;
      if (k->kind == ClassKind::kSingleton && k->ext->ptab && !k->ext->ptab->methods.empty())
        encode_methods(vm, w, k->ext->ptab->methods, ref);
      break;
    }
    case HeapType::kString:
      w.bytes(str_view(self));
      break;
    case HeapType::kArray: {
      auto* a = reinterpret_cast<RArray*>(o);
      w.varint(static_cast<uint64_t>(a->len));
      for (int64_t i = 0; i < a->len; ++i)
        put_value(vm, w, a->ptr[i], ref, Edge{Edge::kIndex, 0, i});
      break;
    }
    case HeapType::kHash: {
      auto* h = reinterpret_cast<RHash*>(o);
      put_value(vm, w, h->ifnone, ref, Edge{Edge::kDefault});
      put_value(vm, w, h->default_proc, ref, Edge{Edge::kDefault});
      w.varint(static_cast<uint64_t>(hash_size(self)));
      hash_each(self, [&](Value k, Value v) {
        put_value(vm, w, k, ref, Edge{Edge::kKey, 0, 0, k});
        put_value(vm, w, v, ref, Edge{Edge::kValueOf, 0, 0, k});
      });
      break;
    }
    case HeapType::kRange: {
      auto* rg = reinterpret_cast<RRange*>(o);
      put_value(vm, w, rg->begin, ref, Edge{Edge::kNone});
      put_value(vm, w, rg->end, ref, Edge{Edge::kNone});
      break;
    }
    case HeapType::kProc: {
      auto* p = reinterpret_cast<RProc*>(o);
      put_value(vm, w, ref_value(reinterpret_cast<RBasic*>(p->code)), ref, Edge{Edge::kNone});
      put_value(vm, w, ref_value(reinterpret_cast<RBasic*>(p->env)), ref, Edge{Edge::kCaptured});
      put_value(vm, w, p->self, ref, Edge{Edge::kCaptured});
      put_value(vm, w, p->native, ref, Edge{Edge::kNone});
      put_value(vm, w, p->cref, ref, Edge{Edge::kNone});
      put_value(vm, w, ref_value(reinterpret_cast<RBasic*>(p->def_target)), ref, Edge{Edge::kNone});
      break;
    }
    case HeapType::kEnv: {
      auto* e = reinterpret_cast<REnv*>(o);
      put_value(vm, w, ref_value(reinterpret_cast<RBasic*>(e->outer)), ref, Edge{Edge::kCaptured});
      put_value(vm, w, ref_value(reinterpret_cast<RBasic*>(e->code)), ref, Edge{Edge::kNone});
      w.varint(e->n);
      const std::vector<SymId>* names = e->code ? &e->code->code->local_names : nullptr;
      for (uint32_t i = 0; i < e->n; ++i) {
        SymId n = names && i < names->size() ? (*names)[i] : 0;
        put_value(vm, w, e->slots[i], ref, Edge{Edge::kCaptured, n});
      }
      break;
    }
    case HeapType::kCode:
      snapshot::ensure_decoded(vm, reinterpret_cast<RCode*>(o));   // an aliased prelude method
      encode_code(vm, *reinterpret_cast<RCode*>(o)->code, w, ref);
      break;
    case HeapType::kRegexp: {
      auto* re = reinterpret_cast<RRegexp*>(o);
      w.bytes(str_view(re->source));
      w.varint(re->options);
      break;
    }
    default:
      break;   // unpersistable types never get here (see unpersistable_reason)
  }
}

namespace {

// An empty object of the right type and class; contents come in fill().
RBasic* make_shell(Vm& vm, HeapType type, Reader& r) {
  if (type == HeapType::kClass) return reinterpret_cast<RBasic*>(class_shell(vm, r));
  Value kv = get_value(vm, r);
  RClass* k = kv.is_heap() && kv.heap()->type == HeapType::kClass ? kv.as<RClass>() : nullptr;
  switch (type) {
    case HeapType::kObject:
      return object_new(vm, k ? k : vm.cObject).heap();   // Rational too: no allocate
    case HeapType::kString: {
      RBasic* s = str_new(vm, "").heap();
      if (k) s->klass = k;
      return s;
    }
    case HeapType::kArray: {
      RBasic* a = ary_new(vm).heap();
      if (k) a->klass = k;
      return a;
    }
    case HeapType::kHash: {
      RBasic* h = hash_new(vm).heap();
      if (k) h->klass = k;
      return h;
    }
    case HeapType::kRange: {
      auto* rg = vm.heap.make<RRange>(HeapType::kRange, k ? k : vm.cRange);
      rg->begin = rg->end = Value::nil();
      return &rg->basic;
    }
    case HeapType::kProc: {
      auto* p = vm.heap.make<RProc>(HeapType::kProc, k ? k : vm.cProc);
      p->self = p->cref = p->block = Value::nil();
      p->native = Value::undef();
      return &p->basic;
    }
    case HeapType::kEnv: {
      auto* e = vm.heap.make<REnv>(HeapType::kEnv, nullptr);
      e->slots = e->inline_slots;
      return &e->basic;
    }
    case HeapType::kCode: {
      auto* c = vm.heap.make<RCode>(HeapType::kCode, nullptr);
      c->code = new Code();
      return &c->basic;
    }
    case HeapType::kRegexp: {
      auto* re = vm.heap.make<RRegexp>(HeapType::kRegexp, k ? k : vm.cRegexp);
      re->source = Value::nil();
      return &re->basic;
    }
    default:
      return nullptr;
  }
}

void fill(Vm& vm, RBasic* o, Reader& r, bool refresh) {
  Value self = Value::object(o);
  switch (o->type) {
    case HeapType::kClass:
      return decode_class(vm, reinterpret_cast<RClass*>(o), r, refresh);
    case HeapType::kObject: {
      auto* obj = reinterpret_cast<RObject*>(o);
      for (uint32_t i = 0; i < obj->ivlen; ++i) obj->ivs[i] = Value::undef();
      if (uint64_t shape_oop = r.varint(); shape_oop != 0 && !r.bad) {
        Store& st = store(vm);
        uint32_t shape;
        Status error;
        if (!st.shapes.read(st.session, shape_oop, &shape, &error))
          raise_maglev(vm, "MaglevException",
                       error.ok() ? "object " + std::to_string(o->oop) + " names a missing shape"
                                  : error.to_string());
        o->aux = shape + 1;
        const std::vector<uint32_t>& slots = st.shapes.slots(shape, real_class(o->klass));
        for (uint32_t slot : slots) {
          Value v = get_value(vm, r);
          if (r.bad) break;
          if (!v.is_undef()) ivar_store(obj, slot, v);
        }
      }
      if (!r.done() && !r.bad) {
        RClass* s = singleton_class(vm, self);
        if (s->ext->ptab == nullptr) s->ext->ptab = new PersistentTables();
        decode_methods(vm, r, s, s->ext->ptab->methods);
      }
      break;
    }
    case HeapType::kString:
      str_set(vm, self, r.bytes());
      break;
    case HeapType::kArray: {
      ary_clear(self);
      uint64_t n = r.varint();
      for (uint64_t i = 0; i < n && !r.bad; ++i) ary_push(vm, self, get_value(vm, r));
      break;
    }
    case HeapType::kHash: {
      auto* h = reinterpret_cast<RHash*>(o);
      hash_clear(self);
      h->ifnone = get_value(vm, r);
      h->default_proc = get_value(vm, r);
      uint64_t n = r.varint();
      // Keys may be shells whose #hash is not computable yet: store first, rehash in
      // drain() once everything is filled in.
      for (uint64_t i = 0; i < n && !r.bad; ++i) {
        Value k = get_value(vm, r);
        Value v = get_value(vm, r);
        h->table->entries.push_back(HashEntry{k, v, 0, true});
      }
      break;
    }
    case HeapType::kRange: {
      auto* rg = reinterpret_cast<RRange*>(o);
      rg->begin = get_value(vm, r);
      rg->end = get_value(vm, r);
      break;
    }
    case HeapType::kProc: {
      auto* p = reinterpret_cast<RProc*>(o);
      p->code = as_heap<RCode>(get_value(vm, r), HeapType::kCode);
      p->env = as_heap<REnv>(get_value(vm, r), HeapType::kEnv);
      p->self = get_value(vm, r);
      p->native = get_value(vm, r);
      p->cref = get_value(vm, r);
      p->def_target = as_heap<RClass>(get_value(vm, r), HeapType::kClass);
      p->home = p->break_to = 0;   // an orphan: break/return raise LocalJumpError
      break;
    }
    case HeapType::kEnv: {
      auto* e = reinterpret_cast<REnv*>(o);
      e->outer = as_heap<REnv>(get_value(vm, r), HeapType::kEnv);
      e->code = as_heap<RCode>(get_value(vm, r), HeapType::kCode);
      uint32_t n = static_cast<uint32_t>(r.varint());
      if (e->slots != e->inline_slots) delete[] e->slots;
      e->n = n;
      e->slots = n <= REnv::kInline ? e->inline_slots : new Value[n];
      for (uint32_t i = 0; i < n; ++i) e->slots[i] = r.bad ? Value::nil() : get_value(vm, r);
      break;
    }
    case HeapType::kCode:
      decode_code(vm, *reinterpret_cast<RCode*>(o)->code, r);
      break;
    case HeapType::kRegexp: {
      auto* re = reinterpret_cast<RRegexp*>(o);
      std::string src(r.bytes());
      auto opts = static_cast<uint32_t>(r.varint());
      Value fresh = regexp_new(vm, src, opts);
      auto* f = fresh.as<RRegexp>();
      std::swap(re->onig, f->onig);
      std::swap(re->onig_bytes, f->onig_bytes);
      re->source = f->source;
      re->options = f->options;
      break;
    }
    default:
      break;
  }
}

// Parses the header; returns the type and leaves `r` at the class value.
HeapType header(Reader& r, uint8_t* flags) {
  auto type = static_cast<HeapType>(r.u8());
  *flags = r.u8();
  return type;
}

}  // namespace

RBasic* shell_for(Vm& vm, uint64_t oop) {
  Store& st = store(vm);
  if (RBasic* have = st.loaded.get(oop)) return have;
  std::vector<uint8_t>& buf = st.pending_bytes;
  size_t at = buf.size();
  auto got = st.session.read_into(oop, &buf);
  if (!got.ok()) raise_maglev(vm, "MaglevException", got.status().to_string());
  if (!*got) return nullptr;
  size_t size = buf.size() - at;
  // Making the shell may read its class, appending to (and moving) buf: parse a copy.
  uint8_t small[128];
  std::vector<uint8_t> large;
  const uint8_t* head = small;
  if (size <= sizeof small) {
    std::memcpy(small, buf.data() + at, size);
  } else {
    large.assign(buf.begin() + static_cast<ptrdiff_t>(at), buf.end());
    head = large.data();
  }
  Reader r(head, size);
  uint8_t flags;
  HeapType type = header(r, &flags);
  RBasic* o = make_shell(vm, type, r);
  if (o == nullptr || r.bad)
    raise_maglev(vm, "MaglevException", "object " + std::to_string(oop) + " is malformed");
  o->oop = oop;
  st.loaded.put(oop, o);
  if (type == HeapType::kEnv) st.watched.push_back(o);
  if (type == HeapType::kEnv || st.check_barrier)
    st.digest[oop] = XXH3_64bits(buf.data() + at, size);
  st.pending.push_back(Store::Pending{o, at, size});
  return o;
}

namespace {

// Fills in the pending shells (hashes are left to rehash).
void fill_pending(Vm& vm, std::vector<RBasic*>* hashes) {
  Store& st = store(vm);
  std::vector<uint8_t> bytes;   // the object being filled (filling it appends to pending_bytes)
  while (!st.pending.empty()) {
    Store::Pending p = st.pending.front();
    st.pending.pop_front();
    bytes.assign(st.pending_bytes.begin() + static_cast<ptrdiff_t>(p.at),
                 st.pending_bytes.begin() + static_cast<ptrdiff_t>(p.at + p.size));
    if (st.pending.empty()) st.pending_bytes.clear();
    Reader r(bytes.data(), bytes.size());
    uint8_t flags;
    header(r, &flags);
    RBasic* o = p.o;
    if (o->type != HeapType::kClass) get_value(vm, r);   // the class (already applied)
    fill(vm, o, r, false);
    apply_flags(o, flags);
    if (o->type == HeapType::kHash) hashes->push_back(o);
  }
}

}  // namespace

void drain(Vm& vm) {
  if (vm.barrier_paused) return;   // the outermost caller drains
  ++vm.barrier_paused;
  std::vector<RBasic*> hashes;
  try {
    // No collection while shells are filled in: everything read is kept
    // (Store::loaded), so collections would only mark the growing graph again and
    // again. Decoding runs no Ruby code; rehashing may, and runs with the collector on.
    Store& st = store(vm);
    size_t loaded_before = st.loaded.size() - st.pending.size();
    vm.heap.disable();
    try {
      fill_pending(vm, &hashes);
    } catch (...) {
      vm.heap.enable();
      throw;
    }
    vm.heap.enable();
    vm.heap.note_retained(st.loaded.size() - loaded_before);   // one heap object per shell
    for (RBasic* h : hashes) hash_rehash(vm, Value::object(h));
  } catch (...) {
    --vm.barrier_paused;
    throw;
  }
  --vm.barrier_paused;
}

RBasic* fault(Vm& vm, uint64_t oop) {
  RBasic* o = shell_for(vm, oop);
  drain(vm);
  return o;
}

void refill(Vm& vm, RBasic* o, const txn::Object& obj) {
  Store& st = store(vm);
  Reader r(obj.bytes.data(), obj.bytes.size());
  uint8_t flags;
  header(r, &flags);
  ++vm.barrier_paused;
  try {
    if (o->type != HeapType::kClass) {
      Value k = get_value(vm, r);
      if (k.is_heap() && k.heap()->type == HeapType::kClass && o->type != HeapType::kEnv &&
          o->type != HeapType::kCode)
        o->klass = k.as<RClass>();
    }
    o->flags &= static_cast<uint16_t>(~kFlagFrozen);
    fill(vm, o, r, true);
    apply_flags(o, flags);
  } catch (...) {
    --vm.barrier_paused;
    throw;
  }
  --vm.barrier_paused;
  if (o->type == HeapType::kEnv || st.check_barrier) st.digest[o->oop] = digest_of(obj.bytes);
  drain(vm);
  if (o->type == HeapType::kHash) {
    ++vm.barrier_paused;
    hash_rehash(vm, Value::object(o));
    --vm.barrier_paused;
  }
  // It now holds the repository's state: clean (local changes to it are dropped).
  if (o->flags & kFlagDirty) {
    o->flags &= static_cast<uint16_t>(~kFlagDirty);
    std::erase(vm.dirty_objects, o);
  }
}

}  // namespace maglev::vm::persist
