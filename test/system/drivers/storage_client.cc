// storage-client: a small real client of the txn API for the storage system tests
// (counters with retry, streams of acknowledged commits and their verification,
// visibility watching, big objects). One command per run; prints what it observed.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>

#include "txn/txn.h"

namespace txn = maglev::txn;

namespace {

std::map<std::string, std::string> args;

std::string arg(const std::string& k, const std::string& def = "") {
  auto it = args.find(k);
  return it == args.end() ? def : it->second;
}
uint64_t num(const std::string& k, uint64_t def = 0) {
  auto it = args.find(k);
  return it == args.end() ? def : std::stoull(it->second);
}

[[noreturn]] void die(const std::string& what, const maglev::Status& s) {
  std::fprintf(stderr, "storage-client: %s: %s\n", what.c_str(), s.to_string().c_str());
  std::exit(2);
}

txn::Session attach() {
  auto s = txn::Session::attach(arg("repo"));
  if (!s.ok()) die("attach", s.status());
  return std::move(*s);
}

uint64_t read_u64(txn::Session& s, txn::Oop oop, bool* present) {
  auto r = s.read(oop);
  if (!r.ok()) die("read " + std::to_string(oop), r.status());
  *present = r->has_value();
  uint64_t v = 0;
  if (*present && (*r)->bytes.size() >= 8) std::memcpy(&v, (*r)->bytes.data(), 8);
  return v;
}

void write_u64(txn::Session& s, txn::Oop oop, uint64_t v) {
  maglev::Status st = s.write(oop, 7, &v, 8);
  if (!st.ok()) die("write", st);
}

int cmd_counter_init() {
  txn::Session s = attach();
  (void)s.begin();
  auto oop = s.allocate();
  if (!oop.ok()) die("allocate", oop.status());
  write_u64(s, *oop, num("value", 0));
  auto r = s.commit();
  if (!r.ok()) die("commit", r.status);
  std::printf("%llu\n", static_cast<unsigned long long>(*oop));
  return 0;
}

int cmd_counter() {
  txn::Session s = attach();
  uint64_t oop = num("oop"), n = num("n"), conflicts = 0;
  for (uint64_t i = 0; i < n;) {
    auto b = s.begin();
    if (!b.ok()) die("begin", b.status());
    bool present;
    uint64_t v = read_u64(s, oop, &present);
    write_u64(s, oop, v + 1);
    auto r = s.commit();
    if (r.ok()) {
      ++i;
      continue;
    }
    if (r.status.code() != maglev::Errc::kConflict) die("commit", r.status);
    if (r.conflicts.size() != 1 || r.conflicts[0] != oop) {
      std::fprintf(stderr, "storage-client: conflict list does not name the counter\n");
      return 3;
    }
    ++conflicts;
    s.abort();
  }
  std::printf("increments=%llu conflicts=%llu\n", static_cast<unsigned long long>(n),
              static_cast<unsigned long long>(conflicts));
  return 0;
}

int cmd_get() {
  txn::Session s = attach();
  (void)s.begin();
  bool present;
  uint64_t v = read_u64(s, num("oop"), &present);
  if (present) std::printf("%llu\n", static_cast<unsigned long long>(v));
  else std::printf("absent\n");
  auto st = s.stats();
  std::fprintf(stderr, "disk_reads=%llu\n", static_cast<unsigned long long>(st.disk_reads));
  return 0;
}

int cmd_set() {
  txn::Session s = attach();
  (void)s.begin();
  write_u64(s, num("oop"), num("value"));
  auto r = s.commit();
  if (!r.ok()) die("commit", r.status);
  std::printf("commit=%llu\n", static_cast<unsigned long long>(r.commit));
  return 0;
}

// Each commit i writes fresh objects a_i, b_i = i and the counter object = i.
int cmd_stream() {
  txn::Session s = attach();
  uint64_t counter = num("oop"), n = num("n", 1000000);
  for (uint64_t i = 1; i <= n; ++i) {
    (void)s.begin();
    auto a = s.allocate();
    auto b = s.allocate();
    if (!a.ok() || !b.ok()) die("allocate", a.ok() ? b.status() : a.status());
    std::printf("PRE %llu %llu %llu\n", (unsigned long long)i, (unsigned long long)*a, (unsigned long long)*b);
    std::fflush(stdout);
    std::vector<uint8_t> big(num("bytes", 8), static_cast<uint8_t>(i));
    std::memcpy(big.data(), &i, 8);
    (void)s.write(*a, 7, big.data(), big.size());
    (void)s.write(*b, 7, big.data(), big.size());
    write_u64(s, counter, i);
    auto r = s.commit();
    if (!r.ok()) die("commit", r.status);
    std::printf("ACK %llu %llu\n", (unsigned long long)i, (unsigned long long)r.commit);
    std::fflush(stdout);
  }
  return 0;
}

int cmd_verify_stream() {
  txn::Session s = attach();
  (void)s.begin();
  bool present;
  uint64_t k = read_u64(s, num("oop"), &present);
  std::ifstream log(arg("log"));
  std::string line;
  uint64_t acked = 0, checked = 0;
  std::map<uint64_t, std::pair<uint64_t, uint64_t>> pre;
  while (std::getline(log, line)) {
    std::istringstream in(line);
    std::string tag;
    uint64_t i, a = 0, b = 0;
    in >> tag >> i;
    if (tag == "PRE" && (in >> a >> b)) pre[i] = {a, b};
    if (tag == "ACK") acked = std::max(acked, i);
  }
  if (k < acked && num("lossy", 0) == 0) {
    std::printf("FAIL counter %llu < acknowledged %llu\n", (unsigned long long)k, (unsigned long long)acked);
    return 1;
  }
  for (auto& [i, ab] : pre) {
    for (uint64_t oop : {ab.first, ab.second}) {
      auto r = s.read(oop);
      if (!r.ok()) die("read", r.status());
      bool want = i <= k;
      if (r->has_value() != want) {
        std::printf("FAIL commit %llu object %llu %s (counter %llu)\n", (unsigned long long)i,
                    (unsigned long long)oop, want ? "missing" : "visible but not committed", (unsigned long long)k);
        return 1;
      }
      if (want) {
        uint64_t v;
        std::memcpy(&v, (*r)->bytes.data(), 8);
        if (v != i || (*r)->bytes.size() != num("bytes", 8)) {
          std::printf("FAIL commit %llu object %llu holds %llu\n", (unsigned long long)i, (unsigned long long)oop, (unsigned long long)v);
          return 1;
        }
        for (size_t j = 8; j < (*r)->bytes.size(); ++j)
          if ((*r)->bytes[j] != static_cast<uint8_t>(i)) {
            std::printf("FAIL commit %llu object %llu byte %zu wrong\n", (unsigned long long)i, (unsigned long long)oop, j);
            return 1;
          }
      }
      ++checked;
    }
  }
  std::printf("ok counter=%llu acked=%llu objects=%llu\n", (unsigned long long)k, (unsigned long long)acked,
              (unsigned long long)checked);
  return 0;
}

// Waits (spinning on begin) until oop holds `value`; reports disk reads in that transaction.
int cmd_watch() {
  txn::Session s = attach();
  std::printf("ready\n");
  std::fflush(stdout);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    uint64_t before = s.stats().disk_reads;
    (void)s.begin();
    bool present;
    uint64_t v = read_u64(s, num("oop"), &present);
    if (present && v == num("value")) {
      auto ch = s.changes();
      bool listed = false;
      for (auto o : ch.oops) listed |= o == num("oop");
      std::printf("seen disk_reads=%llu listed=%d\n", (unsigned long long)(s.stats().disk_reads - before), listed ? 1 : 0);
      return 0;
    }
    s.abort();
  }
  std::printf("timeout\n");
  return 1;
}

int cmd_big() {
  txn::Session s = attach();
  (void)s.begin();
  auto oop = s.allocate();
  uint64_t size = num("size");
  std::vector<uint8_t> b(size);
  for (uint64_t i = 0; i < size; ++i) b[i] = static_cast<uint8_t>(i * 131 + 7);
  (void)s.write(*oop, 9, b.data(), b.size());
  auto r = s.commit();
  if (!r.ok()) die("commit", r.status);
  txn::Session s2 = attach();
  (void)s2.begin();
  auto got = s2.read(*oop);
  if (!got.ok()) die("read", got.status());
  if (!got->has_value() || (*got)->bytes != b || (*got)->class_id != 9) {
    std::printf("FAIL big object differs\n");
    return 1;
  }
  std::printf("ok %llu\n", (unsigned long long)*oop);
  return 0;
}

// Commits `n` objects of `bytes` each in one transaction; prints the oops' range.
int cmd_fill() {
  txn::Session s = attach();
  (void)s.begin();
  uint64_t n = num("n"), first = 0, last = 0;
  for (uint64_t i = 0; i < n; ++i) {
    auto oop = s.allocate();
    if (!oop.ok()) die("allocate", oop.status());
    if (i == 0) first = *oop;
    last = *oop;
    write_u64(s, *oop, *oop * 3);
  }
  auto r = s.commit();
  if (!r.ok()) die("commit", r.status);
  std::printf("%llu %llu\n", (unsigned long long)first, (unsigned long long)last);
  return 0;
}

// Commits `n` objects of varying sizes (ids from one allocate_range) as one WriteBatch
// plus one ordinary write in the same transaction, reading its own writes of both kinds
// back before the commit; the read-all command then checks the batch from another
// session. Prints the oops' range.
int cmd_batch() {
  txn::Session s = attach();
  (void)s.begin();
  uint64_t n = num("n"), granted = 0;
  auto range = s.allocate_range(n, &granted);   // the ids in one round trip
  if (!range.ok()) die("allocate_range", range.status());
  if (granted != n) die("allocate_range", maglev::Status(maglev::Errc::kInvalid, "granted " + std::to_string(granted)));
  uint64_t first = *range, last = first + n - 1;
  txn::WriteBatch b;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t oop = first + i;
    std::vector<uint8_t> bytes(8 + i % 13, static_cast<uint8_t>(i));
    uint64_t v = oop * 3;
    std::memcpy(bytes.data(), &v, 8);
    b.add(oop, 7, bytes.data(), bytes.size());
  }
  auto single = s.allocate();
  if (!single.ok()) die("allocate", single.status());
  write_u64(s, *single, 42);
  if (b.count() != n) die("batch count", maglev::Status(maglev::Errc::kInvalid, "wrong count"));
  maglev::Status st = s.write(std::move(b));
  if (!st.ok()) die("write batch", st);
  bool present;
  if (read_u64(s, last, &present) != last * 3 || !present || read_u64(s, *single, &present) != 42) {
    std::printf("FAIL own writes not read back\n");
    return 1;
  }
  auto tail = s.read(last);
  if (!tail.ok() || (*tail)->bytes.size() != 8 + (n - 1) % 13 || (*tail)->class_id != 7) {
    std::printf("FAIL own batch write has the wrong size or class\n");
    return 1;
  }
  txn::WriteBatch bad;
  bad.add(0, 7, "x", 1);
  if (s.write(std::move(bad)).ok()) {
    std::printf("FAIL a batch naming oop 0 was accepted\n");
    return 1;
  }
  auto r = s.commit();
  if (!r.ok()) die("commit", r.status);
  std::printf("%llu %llu\n", (unsigned long long)first, (unsigned long long)last);
  return 0;
}

int cmd_read_all() {
  txn::Session s = attach();
  (void)s.begin();
  for (uint64_t o = num("first"); o <= num("last"); ++o) {
    auto r = s.read(o);
    if (!r.ok()) die("read", r.status());
    uint64_t v = 0;
    if (!r->has_value() || (std::memcpy(&v, (*r)->bytes.data(), 8), v != o * 3)) {
      std::printf("FAIL object %llu\n", (unsigned long long)o);
      return 1;
    }
  }
  std::printf("ok\n");
  return 0;
}

// Prints every new value of oop it sees (futex wait on publications) until the stone
// goes away: what any VM could have observed.
int cmd_watch_all() {
  txn::Session s = attach();
  std::printf("ready\n");
  std::fflush(stdout);
  uint64_t last = 0;
  for (;;) {
    s.wait_for_commit(200000);
    auto b = s.begin();
    if (!b.ok()) return 0;
    bool present;
    auto r = s.read(num("oop"));
    if (!r.ok()) return 0;
    present = r->has_value();
    uint64_t v = 0;
    if (present) std::memcpy(&v, (*r)->bytes.data(), 8);
    if (v != last) {
      std::printf("SEEN %llu\n", (unsigned long long)v);
      std::fflush(stdout);
      last = v;
    }
    s.abort();
    std::ifstream stat("/proc/" + arg("stone") + "/stat");
    std::string pid, comm, state;
    if (!(stat >> pid >> comm >> state) || state == "Z") return 0;  // gone (or a zombie)
  }
}

// Attaches and holds the session until killed (for kill -9 tests).
int cmd_hold() {
  txn::Session s = attach();
  (void)s.begin();
  std::printf("attached\n");
  std::fflush(stdout);
  for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: storage-client COMMAND --key value ...\n");
    return 1;
  }
  for (int i = 2; i + 1 < argc; i += 2) args[std::string(argv[i]).substr(2)] = argv[i + 1];
  std::string c = argv[1];
  if (c == "counter-init") return cmd_counter_init();
  if (c == "counter") return cmd_counter();
  if (c == "get") return cmd_get();
  if (c == "set") return cmd_set();
  if (c == "stream") return cmd_stream();
  if (c == "verify-stream") return cmd_verify_stream();
  if (c == "watch") return cmd_watch();
  if (c == "big") return cmd_big();
  if (c == "fill") return cmd_fill();
  if (c == "read-all") return cmd_read_all();
  if (c == "batch") return cmd_batch();
  if (c == "hold") return cmd_hold();
  if (c == "watch-all") return cmd_watch_all();
  std::fprintf(stderr, "storage-client: unknown command %s\n", c.c_str());
  return 1;
}
