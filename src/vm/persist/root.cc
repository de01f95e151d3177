// The repository root (txn::kRootOop): the persistent roots every VM starts from.
// Maglev::PERSISTENT_ROOT (a Hash), the persistent $LOADED_FEATURES entries, and the
// records of core classes and modules extended in persistent mode (Object among them,
// whose persistent constants are every top-level persistent class). User classes are
// reached from those constants, never listed here.
#include <algorithm>

#include "vm/core/core.h"
#include "vm/persist/store.h"

namespace maglev::vm::persist {

namespace {
constexpr uint8_t kRootVersion = 2;

bool contains(Value list, std::string_view s) {
  for (int64_t i = 0; is_array(list) && i < ary_len(list); ++i)
    if (is_string(ary_at(list, i)) && str_view(ary_at(list, i)) == s) return true;
  return false;
}

// Entries of the persistent $LOAD_PATH this VM's $: lacks are appended to it.
void install_load_path(Vm& vm) {
  Store& st = store(vm);
  Value lp = vm.gvar_get(intern("$:"));
  if (!is_array(lp)) return;
  for (int64_t i = 0; i < ary_len(st.load_path); ++i) {
    Value dir = ary_at(st.load_path, i);
    if (is_string(dir) && !contains(lp, str_view(dir))) ary_push(vm, lp, str_new(vm, str_view(dir)));
  }
}
}  // namespace

void note_load_path(Vm& vm) {
  Store& st = store(vm);
  Value lp = vm.gvar_get(intern("$:"));
  for (int64_t i = 0; is_array(lp) && i < ary_len(lp); ++i) {
    Value dir = ary_at(lp, i);
    if (!is_string(dir) || contains(st.load_path, str_view(dir))) continue;
    std::string_view d = str_view(dir);
    if (std::find(st.initial_load_path.begin(), st.initial_load_path.end(), d) !=
        st.initial_load_path.end())
      continue;
    ary_push(vm, st.load_path, str_new(vm, d));
  }
}

void encode_root(Vm& vm, Writer& w, const RefFn& ref) {
  Store& st = store(vm);
  w.u8(kRootVersion);
  if (st.persistent_root.is_nil() && st.persistent_root_oop != 0) {   // never read here
    w.tag(Tag::kRef);
    w.varint(st.persistent_root_oop);
  } else {
    put_value(vm, w, persistent_root(vm), ref, Edge{Edge::kNone});
  }
  put_value(vm, w, st.loaded_features, ref, Edge{Edge::kNone});
  put_value(vm, w, st.load_path, ref, Edge{Edge::kNone});
  w.varint(st.core_records.size());
  for (RClass* c : st.core_records) {
    w.bytes(class_path(vm, c));
    w.varint(ref(Value::object(c), Edge{Edge::kNone}));
  }
}

void load_root(Vm& vm) {
  Store& st = store(vm);
  auto got = st.session.read(txn::kRootOop);
  if (!got.ok()) raise_maglev(vm, "MaglevException", got.status().to_string());
  if (!got->has_value()) {   // an empty repository: the first commit writes the root
    if (st.loaded_features.is_nil()) st.loaded_features = ary_new(vm);
    if (st.load_path.is_nil()) st.load_path = ary_new(vm);
    return;
  }
  const txn::Object& obj = **got;
  st.digest[txn::kRootOop] = digest_of(obj.bytes);
  Reader r(obj.bytes.data(), obj.bytes.size());
  uint8_t version = r.u8();
  if (version == 0 || version > kRootVersion)
    raise_maglev(vm, "MaglevException", "the repository root has an unknown version");
  ++vm.barrier_paused;
  try {
    // PERSISTENT_ROOT is read on first use: a VM that never touches it (or what it
    // reaches) does not read the graph behind it.
    if (r.tag() == Tag::kRef) {
      st.persistent_root_oop = r.varint();
      if (RBasic* pr = st.loaded.get(st.persistent_root_oop)) st.persistent_root = Value::object(pr);
    }
    st.loaded_features = get_value(vm, r);
    if (version >= 2) st.load_path = get_value(vm, r);
    uint64_t n = r.varint();
    for (uint64_t i = 0; i < n && !r.bad; ++i) {
      std::string path(r.bytes());
      uint64_t oop = r.varint();
      RBasic* c = shell_for(vm, oop);
      if (c && c->type == HeapType::kClass) {
        auto* k = reinterpret_cast<RClass*>(c);
        if (std::find(st.core_records.begin(), st.core_records.end(), k) == st.core_records.end())
          st.core_records.push_back(k);
      }
    }
  } catch (...) {
    --vm.barrier_paused;
    throw;
  }
  --vm.barrier_paused;
  drain(vm);
  if (!is_array(st.loaded_features)) st.loaded_features = ary_new(vm);
  if (!is_array(st.load_path)) st.load_path = ary_new(vm);
  install_load_path(vm);
}

}  // namespace maglev::vm::persist
