// What each heap type refers to (marking) and owns outside its slot (freeing).
// The one place that knows every layout's pointers: update it with objects.h.
#include "vm/compile/code.h"
#include "vm/gc/heap.h"
#include "vm/object/array.h"
#include "vm/object/class.h"
#include "vm/object/hash.h"
#include "vm/object/string.h"
#include "vm/core/onig_api.h"
#include "vm/runtime.h"

namespace maglev::vm {

static Heap* g_marking = nullptr;
static void mark_cb(Value v) { g_marking->mark_value(v); }

static void mark_class(Heap& h, RClass* c) {
  h.mark_object(reinterpret_cast<RBasic*>(c->super));
  h.mark_object(reinterpret_cast<RBasic*>(c->origin));
  h.mark_object(reinterpret_cast<RBasic*>(c->module));
  h.mark_value(c->attached);
  for (auto& [name, me] : *c->m_tbl) {   // (an origin iclass holds moved methods)
    h.mark_object(reinterpret_cast<RBasic*>(me->code));
    h.mark_object(reinterpret_cast<RBasic*>(me->proc));
    h.mark_object(reinterpret_cast<RBasic*>(me->owner));
    h.mark_value(me->cref);
  }
  if (c->kind == ClassKind::kIClass) return;   // ext belongs to the module
  ClassExt* e = c->ext;
  for (auto& [name, ce] : e->consts) {
    h.mark_value(ce.value);
    h.mark_value(ce.autoload);
  }
  for (auto& [name, v] : e->ivars) h.mark_value(v);
  for (auto& [name, v] : e->cvars) h.mark_value(v);
  if (PersistentTables* p = e->ptab) {
    for (auto* table : {&p->methods, &p->smethods})
      for (auto& [name, me] : *table) {
        h.mark_object(reinterpret_cast<RBasic*>(me->code));
        h.mark_object(reinterpret_cast<RBasic*>(me->proc));
        h.mark_value(me->cref);
      }
    for (auto& [name, pc] : p->consts) h.mark_value(pc.value);
    for (auto& [mix, m] : p->mixins) h.mark_object(reinterpret_cast<RBasic*>(m));
  }
  h.mark_value(e->name);
  h.mark_object(reinterpret_cast<RBasic*>(e->lexical_parent));
  for (RClass* s : e->subclasses) h.mark_object(reinterpret_cast<RBasic*>(s));
  h.mark_object(reinterpret_cast<RBasic*>(e->refined_class));
  h.mark_object(reinterpret_cast<RBasic*>(e->refined_by));
  for (auto& [refined, r] : e->refinements) {
    h.mark_object(reinterpret_cast<RBasic*>(refined));
    h.mark_object(reinterpret_cast<RBasic*>(r));
  }
}

void trace_object(Heap& h, RBasic* o) {
  h.mark_object(reinterpret_cast<RBasic*>(o->klass));
  switch (o->type) {
    case HeapType::kObject: {
      auto* obj = reinterpret_cast<RObject*>(o);
      for (uint32_t i = 0; i < obj->ivlen; ++i) h.mark_value(obj->ivs[i]);
      break;
    }
    case HeapType::kClass:
      mark_class(h, reinterpret_cast<RClass*>(o));
      break;
    case HeapType::kArray: {
      auto* a = reinterpret_cast<RArray*>(o);
      for (int64_t i = 0; i < a->len; ++i) h.mark_value(a->ptr[i]);
      break;
    }
    case HeapType::kHash: {
      auto* hs = reinterpret_cast<RHash*>(o);
      if (hs->table)
        for (const HashEntry& e : hs->table->entries)
          if (e.live) {
            h.mark_value(e.key);
            h.mark_value(e.value);
          }
      h.mark_value(hs->ifnone);
      h.mark_value(hs->default_proc);
      break;
    }
    case HeapType::kRange: {
      auto* r = reinterpret_cast<RRange*>(o);
      h.mark_value(r->begin);
      h.mark_value(r->end);
      break;
    }
    case HeapType::kProc: {
      auto* p = reinterpret_cast<RProc*>(o);
      h.mark_object(reinterpret_cast<RBasic*>(p->code));
      h.mark_object(reinterpret_cast<RBasic*>(p->env));
      h.mark_value(p->self);
      h.mark_value(p->native);
      h.mark_value(p->cref);
      h.mark_object(reinterpret_cast<RBasic*>(p->def_target));
      h.mark_value(p->block);
      h.mark_object(reinterpret_cast<RBasic*>(p->defined_class));
      if (p->me) h.mark_object(reinterpret_cast<RBasic*>(p->me->code));
      break;
    }
    case HeapType::kMethod: {
      auto* m = reinterpret_cast<RMethod*>(o);
      h.mark_value(m->receiver);
      h.mark_object(reinterpret_cast<RBasic*>(m->owner));
      if (m->entry) {
        h.mark_object(reinterpret_cast<RBasic*>(m->entry->code));
        h.mark_object(reinterpret_cast<RBasic*>(m->entry->proc));
      }
      break;
    }
    case HeapType::kEnv: {
      auto* e = reinterpret_cast<REnv*>(o);
      h.mark_object(reinterpret_cast<RBasic*>(e->outer));
      h.mark_object(reinterpret_cast<RBasic*>(e->code));
      for (uint32_t i = 0; i < e->n; ++i) h.mark_value(e->slots[i]);
      break;
    }
    case HeapType::kCode: {
      Code* c = reinterpret_cast<RCode*>(o)->code;
      if (c == nullptr) break;
      for (Value v : c->literals) h.mark_value(v);
      for (RCode* ch : c->children) h.mark_object(reinterpret_cast<RBasic*>(ch));
      break;
    }
    case HeapType::kRegexp:
      h.mark_value(reinterpret_cast<RRegexp*>(o)->source);
      break;
    case HeapType::kMatch: {
      auto* m = reinterpret_cast<RMatch*>(o);
      h.mark_value(m->str);
      h.mark_value(m->regexp);
      break;
    }
    case HeapType::kData: {
      auto* d = reinterpret_cast<RData*>(o);
      if (d->dtype && d->dtype->mark) {
        Heap* saved = g_marking;
        g_marking = &h;
        d->dtype->mark(d->data, mark_cb);
        g_marking = saved;
      }
      break;
    }
    case HeapType::kString:
    case HeapType::kFloat:
    case HeapType::kBignum:
      break;
  }
}

int64_t object_payload_bytes(const RBasic* o) {
  switch (o->type) {
    case HeapType::kObject: {
      auto* obj = reinterpret_cast<const RObject*>(o);
      return obj->ivs != obj->inline_ivs ? static_cast<int64_t>(obj->ivcap * sizeof(Value)) : 0;
    }
    case HeapType::kString: {
      auto* str = reinterpret_cast<const RString*>(o);
      return str->embedded() ? 0 : str->capa + 1;
    }
    case HeapType::kArray: {
      auto* ary = reinterpret_cast<const RArray*>(o);
      return ary->embedded() ? 0 : ary->capa * static_cast<int64_t>(sizeof(Value));
    }
    case HeapType::kHash: {
      const HashTable* t = reinterpret_cast<const RHash*>(o)->table;
      if (t == nullptr) return 0;
      return static_cast<int64_t>(sizeof(HashTable) + t->entries.capacity() * sizeof(HashEntry) +
                                  t->index.capacity() * sizeof(int32_t));
    }
    case HeapType::kBignum:
      return static_cast<int64_t>(reinterpret_cast<const RBignum*>(o)->z->_mp_alloc * sizeof(mp_limb_t));
    case HeapType::kMatch: {
      const auto* regs = reinterpret_cast<const RMatch*>(o)->regs;
      return regs ? static_cast<int64_t>(sizeof(*regs) + regs->capacity() * sizeof(int64_t)) : 0;
    }
    default:
      return 0;
  }
}

// (Its cases that release nothing are owns_no_payload's, gc/heap.h: keep them in step.)
int64_t free_object_payload(RBasic* o) {
  if (o->flags & kFlagGenericIvars) {
    the_vm().generic_ivars.erase(o);
    the_vm().generic_ivar_order.erase(o);
  }
  switch (o->type) {
    case HeapType::kObject: {
      auto* obj = reinterpret_cast<RObject*>(o);
      if (obj->ivs != obj->inline_ivs) delete[] obj->ivs;
      break;
    }
    case HeapType::kString:
      return str_free_buffer(reinterpret_cast<RString*>(o));
    case HeapType::kArray:
      return ary_free_buffer(reinterpret_cast<RArray*>(o));
    case HeapType::kHash:
      delete reinterpret_cast<RHash*>(o)->table;
      break;
    case HeapType::kBignum: {
      mpz_ptr z = reinterpret_cast<RBignum*>(o)->z;
      auto bytes = static_cast<int64_t>(mpz_size(z) * sizeof(mp_limb_t));
      mpz_clear(z);
      return bytes;
    }
    case HeapType::kEnv: {
      auto* e = reinterpret_cast<REnv*>(o);
      if (e->slots != e->inline_slots) delete[] e->slots;
      break;
    }
    case HeapType::kCode:
      delete reinterpret_cast<RCode*>(o)->code;
      break;
    case HeapType::kRegexp:
      if (auto* re = static_cast<OnigRegex>(reinterpret_cast<RRegexp*>(o)->onig)) onig().free(re);
      if (auto* re = static_cast<OnigRegex>(reinterpret_cast<RRegexp*>(o)->onig_bytes)) onig().free(re);
      break;
    case HeapType::kMatch:
      delete reinterpret_cast<RMatch*>(o)->regs;
      break;
    case HeapType::kData: {
      auto* d = reinterpret_cast<RData*>(o);
      if (d->dtype && d->dtype->free) d->dtype->free(d->data);
      break;
    }
    case HeapType::kClass: {
      auto* c = reinterpret_cast<RClass*>(o);
      if (c->kind != ClassKind::kIClass) {
        // Method entries may still be referenced by inline caches of live code;
        // classes are rarely collected, so the entries are kept.
        delete c->m_tbl;
        if (c->ext) delete c->ext->ptab;
        delete c->ext;
      }
      break;
    }
    case HeapType::kFloat:
    case HeapType::kRange:
    case HeapType::kProc:
    case HeapType::kMethod:
      break;
  }
  return 0;
}

}  // namespace maglev::vm
