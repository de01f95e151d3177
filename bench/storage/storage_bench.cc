// storage-bench: the native half of the storage benchmark (bench/storage/run drives
// it). Each subcommand does one measurement and prints one JSON object: the raw
// fdatasync limit, LMDB and SQLite doing the same work, and maglev through txn::Session.
#include <fcntl.h>
#include <liburing.h>
#include <lmdb.h>
#include <sqlite3.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "txn/sched_slice.h"
#include "txn/txn.h"

namespace txn = maglev::txn;

namespace {

std::map<std::string, std::string> args;
std::string arg(const std::string& k, const std::string& d = "") {
  auto it = args.find(k);
  return it == args.end() ? d : it->second;
}
double num(const std::string& k, double d = 0) {
  auto it = args.find(k);
  return it == args.end() ? d : std::stod(it->second);
}
double now() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "storage-bench: %s\n", what.c_str());
  std::exit(1);
}
double cpu_seconds() {
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
}
double pct(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// The durable write of one block by the primitive `how`: pwrite + fdatasync (default);
// pwrite + fdatasync through an io_uring ("ring": what the stone's io_uring backend does
// per batch); or on an O_DIRECT descriptor one write with RWF_DSYNC (the kernel syncs
// its range), by pwritev2 or through an io_uring.
class DurableWriter {
 public:
  DurableWriter(const std::string& how, int fd, int direct_fd) : how_(how), fd_(fd), direct_fd_(direct_fd) {
    if (how_ != "pwrite" && how_ != "direct" && io_uring_queue_init(4, &ring_, 0) < 0) die("io_uring_queue_init");
  }
  ~DurableWriter() {
    if (how_ != "pwrite" && how_ != "direct") io_uring_queue_exit(&ring_);
  }
  void write(const char* buf, size_t len, off_t at) {
    if (how_ == "pwrite") {
      if (::pwrite(fd_, buf, len, at) != ssize_t(len) || ::fdatasync(fd_) != 0) die("fsync");
    } else if (how_ == "ring") {
      if (::pwrite(fd_, buf, len, at) != ssize_t(len)) die("pwrite");
      io_uring_sqe* f = io_uring_get_sqe(&ring_);
      io_uring_prep_fsync(f, fd_, IORING_FSYNC_DATASYNC);
      io_uring_cqe* cqe = nullptr;
      if (io_uring_submit_and_wait(&ring_, 1) < 0 || io_uring_wait_cqe(&ring_, &cqe) < 0 || cqe->res < 0)
        die("io_uring fdatasync");
      io_uring_cqe_seen(&ring_, cqe);
    } else if (how_ == "direct") {
      iovec iov{const_cast<char*>(buf), len};
      if (::pwritev2(direct_fd_, &iov, 1, at, RWF_DSYNC) != ssize_t(len)) die("pwritev2 O_DIRECT RWF_DSYNC");
    } else {
      io_uring_sqe* w = io_uring_get_sqe(&ring_);
      io_uring_prep_write(w, direct_fd_, buf, unsigned(len), uint64_t(at));
      w->rw_flags = RWF_DSYNC;
      io_uring_cqe* cqe = nullptr;
      if (io_uring_submit_and_wait(&ring_, 1) < 0 || io_uring_wait_cqe(&ring_, &cqe) < 0 ||
          cqe->res != int(len))
        die("io_uring write O_DIRECT RWF_DSYNC");
      io_uring_cqe_seen(&ring_, cqe);
    }
  }

 private:
  std::string how_;
  int fd_, direct_fd_;
  io_uring ring_{};
};

int cmd_fsync() {
  std::string path = arg("dir") + "/fsync.bin";
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0600);
  size_t bs = size_t(num("block", 4096));
  std::string how = arg("how", "pwrite");  // pwrite | ring | direct | direct_ring
  if (how != "pwrite" && how != "ring" && how != "direct" && how != "direct_ring")
    die("--how pwrite|ring|direct|direct_ring");
  char* block = static_cast<char*>(std::aligned_alloc(4096, (bs + 4095) / 4096 * 4096));
  std::memset(block, 1, bs);
  if (::pwrite(fd, block, bs, 0) != ssize_t(bs) || ::fdatasync(fd) != 0) die("fsync setup");
  // --append 1: sequential 4 KiB appends into a file pre-grown with written zeros (what
  // a log does); default: overwrite one 4 KiB block (the design's anchor figure).
  bool append = num("append", 0) != 0;
  if (append) {
    std::vector<char> zeros(1 << 20, 0);
    for (int i = 0; i < 256; ++i)
      if (::pwrite(fd, zeros.data(), zeros.size(), off_t(i) << 20) != ssize_t(zeros.size())) die("grow");
    if (::fdatasync(fd) != 0) die("fsync");
  }
  int direct_fd = -1;
  if (how == "direct" || how == "direct_ring") {
    (void)::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);  // as the stone leaves its extent
    direct_fd = ::open(path.c_str(), O_RDWR | O_DIRECT);
    if (direct_fd < 0) die("O_DIRECT open");
  }
  DurableWriter writer(how, fd, direct_fd);
  double end = now() + num("seconds", 3), t0 = now();
  long n = 0;
  while (now() < end) {
    block[0] = char(n);
    off_t at = append ? off_t((n % (65536 * 4096 / bs)) * bs) : 0;
    writer.write(block, bs, at);
    ++n;
  }
  double dt = now() - t0;
  if (direct_fd >= 0) ::close(direct_fd);
  ::close(fd);
  ::unlink(path.c_str());
  std::free(block);
  std::printf("{\"syncs_per_s\": %.0f, \"sync_us\": %.1f}\n", double(n) / dt, dt / double(n) * 1e6);
  return 0;
}

MDB_env* lmdb_open(const std::string& dir) {
  MDB_env* env;
  mdb_env_create(&env);
  mdb_env_set_mapsize(env, size_t(4) << 30);
  if (int r = mdb_env_open(env, dir.c_str(), 0, 0600); r != 0) die(std::string("lmdb open: ") + mdb_strerror(r));
  return env;
}

int cmd_lmdb() {
  MDB_env* env = lmdb_open(arg("dir"));
  MDB_dbi dbi;
  MDB_txn* t;
  mdb_txn_begin(env, nullptr, 0, &t);
  mdb_dbi_open(t, nullptr, 0, &dbi);
  mdb_txn_commit(t);
  double end = now() + num("seconds", 3), t0 = now();
  uint64_t n = 0;
  char value[16] = "small record";
  while (now() < end) {
    mdb_txn_begin(env, nullptr, 0, &t);
    uint64_t key = __builtin_bswap64(n + 1);
    MDB_val k{8, &key}, v{sizeof value, value};
    if (mdb_put(t, dbi, &k, &v, 0) != 0 || mdb_txn_commit(t) != 0) die("lmdb put");
    ++n;
  }
  double dt = now() - t0;
  mdb_env_close(env);
  std::printf("{\"commits_per_s\": %.0f}\n", double(n) / dt);
  return 0;
}

int cmd_lmdb_get() {
  MDB_env* env = lmdb_open(arg("dir"));
  MDB_dbi dbi;
  MDB_txn* t;
  uint64_t count = uint64_t(num("n", 100000));
  mdb_txn_begin(env, nullptr, 0, &t);
  mdb_dbi_open(t, nullptr, 0, &dbi);
  char value[16] = "small record";
  for (uint64_t i = 1; i <= count; ++i) {
    uint64_t key = __builtin_bswap64(i);
    MDB_val k{8, &key}, v{sizeof value, value};
    mdb_put(t, dbi, &k, &v, 0);
  }
  mdb_txn_commit(t);
  mdb_txn_begin(env, nullptr, MDB_RDONLY, &t);
  std::mt19937_64 rng(1);
  uint64_t reads = uint64_t(num("reads", 1000000));
  std::vector<double> lat;
  double t0 = now();
  char sink = 0;
  for (uint64_t i = 0; i < reads; ++i) {
    uint64_t key = __builtin_bswap64(1 + rng() % count);
    MDB_val k{8, &key}, v;
    double a = (i % 16 == 0) ? now() : 0;
    if (mdb_get(t, dbi, &k, &v) != 0) die("lmdb get");
    char copy[64];
    std::memcpy(copy, v.mv_data, std::min<size_t>(v.mv_size, sizeof copy));  // whole value out
    sink ^= copy[0];
    if (a != 0) lat.push_back(now() - a);
  }
  double dt = now() - t0;
  mdb_txn_abort(t);
  mdb_env_close(env);
  std::printf("{\"gets_per_s\": %.0f, \"get_p50_us\": %.2f, \"sink\": %d}\n", double(reads) / dt,
              pct(lat, 0.5) * 1e6, sink & 1);
  return 0;
}

int cmd_sqlite() {
  sqlite3* db;
  if (sqlite3_open((arg("dir") + "/bench.sqlite").c_str(), &db) != SQLITE_OK) die("sqlite open");
  sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                   "CREATE TABLE IF NOT EXISTS t(k INTEGER PRIMARY KEY, v BLOB);", nullptr, nullptr, nullptr);
  sqlite3_stmt* ins;
  sqlite3_prepare_v2(db, "INSERT INTO t(k, v) VALUES(?, ?)", -1, &ins, nullptr);
  double end = now() + num("seconds", 3), t0 = now();
  int64_t n = 0;
  const char value[16] = "small record";
  while (now() < end) {
    sqlite3_bind_int64(ins, 1, n + 1);
    sqlite3_bind_blob(ins, 2, value, sizeof value, SQLITE_STATIC);
    if (sqlite3_step(ins) != SQLITE_DONE) die("sqlite insert");  // autocommit: one txn
    sqlite3_reset(ins);
    ++n;
  }
  double dt = now() - t0;
  sqlite3_finalize(ins);
  sqlite3_close(db);
  std::printf("{\"commits_per_s\": %.0f}\n", double(n) / dt);
  return 0;
}

// CPU time (ns) of every thread of process `pid` so far, from /proc/PID/task/*/schedstat
// (the stone's, read from its lock file; 0 when unreadable).
uint64_t process_cpu_ns(const std::string& repo) {
  FILE* f = std::fopen((repo + "/stone.lock").c_str(), "r");
  long pid = 0;
  if (f == nullptr) return 0;
  if (std::fscanf(f, "%ld", &pid) != 1) pid = 0;
  std::fclose(f);
  uint64_t total = 0;
  std::error_code ec;
  for (auto& t : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task", ec)) {
    FILE* s = std::fopen((t.path() / "schedstat").c_str(), "r");
    unsigned long long ns = 0;
    if (s != nullptr && std::fscanf(s, "%llu", &ns) == 1) total += ns;
    if (s != nullptr) std::fclose(s);
  }
  return total;
}

txn::Session attach() {
  auto s = txn::Session::attach(arg("repo"));
  if (!s.ok()) die("attach: " + s.status().to_string());
  return std::move(*s);
}

// P processes, each committing one small new object per transaction for S seconds.
int cmd_commit() {
  int procs = int(num("procs", 1));
  double seconds = num("seconds", 3);
  auto* shared = static_cast<std::atomic<uint64_t>*>(
      mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
  // Per process: p50, p99 and the worst commit latency.
  auto* lat_us = static_cast<double*>(mmap(nullptr, sizeof(double) * 3 * 64, PROT_READ | PROT_WRITE,
                                           MAP_SHARED | MAP_ANONYMOUS, -1, 0));
  std::atomic<uint64_t>& ready = shared[0];
  std::atomic<uint64_t>& go = shared[1];
  std::atomic<uint64_t>& total = shared[2];
  std::atomic<uint64_t>& cpu_ns = shared[3];  // the VMs' CPU time (user + system) in the window
  uint64_t range = uint64_t(num("range", 0));  // >0: update random existing objects 1..range
  std::vector<pid_t> children;
  for (int p = 0; p < procs; ++p) {
    pid_t child = fork();
    if (child > 0) children.push_back(child);
    if (child == 0) {
      txn::Session s = attach();
      std::mt19937_64 rng(p + 1);
      char value[16] = "small record";
      // Steady state is what is measured: a VM's one-time costs (attach, and the page
      // tables of the segment that its first commit fills) are paid before the start.
      (void)s.begin();
      (void)s.write(range > 0 ? 1 + rng() % range : *s.allocate(), 1, value, sizeof value);
      if (!s.commit().ok()) s.abort();
      ready.fetch_add(1);
      while (go.load() == 0) usleep(200);  // not a spin: 16 waiting VMs would starve the rest
      std::vector<double> lats;
      double cpu0 = cpu_seconds(), end = now() + seconds;
      uint64_t n = 0;
      while (now() < end) {
        (void)s.begin();
        txn::Oop oop = range > 0 ? 1 + rng() % range : *s.allocate();
        (void)s.write(oop, 1, value, sizeof value);
        double a = now();
        auto r = s.commit();
        if (r.ok()) {
          ++n;
          lats.push_back(now() - a);
        } else if (r.status.code() != maglev::Errc::kConflict) {
          die("commit: " + r.status.to_string());
        } else {
          s.abort();
        }
      }
      total.fetch_add(n);
      cpu_ns.fetch_add(uint64_t((cpu_seconds() - cpu0) * 1e9));
      lat_us[3 * p] = pct(lats, 0.5) * 1e6;
      lat_us[3 * p + 1] = pct(lats, 0.99) * 1e6;
      lat_us[3 * p + 2] = pct(lats, 1.0) * 1e6;
      _exit(0);
    }
  }
  // A child that dies before it counts itself ready (attach failed, the stone went away)
  // ends the run: waiting for it would wait forever.
  while (ready.load() < uint64_t(procs)) {
    int status = 0;
    pid_t gone = waitpid(-1, &status, WNOHANG);
    if (gone > 0) {
      for (pid_t c : children)
        if (c != gone) kill(c, SIGKILL);
      while (wait(nullptr) > 0) {
      }
      die("a committing process exited before it was ready (status " + std::to_string(status) + ")");
    }
    usleep(1000);
  }
  // The stone's side of the window (segment statistics): how long a commit spent from
  // its arrival to its publication, and how long the syncs took; the rest of a VM's
  // commit latency is the two messages and the wake-ups.
  txn::Session watcher = attach();
  auto before = watcher.cache_statistics();
  uint64_t stone_cpu0 = process_cpu_ns(arg("repo"));
  double t0 = now();
  go.store(1);
  for (int p = 0; p < procs; ++p) wait(nullptr);
  double dt = now() - t0;
  uint64_t stone_cpu = process_cpu_ns(arg("repo")) - stone_cpu0;
  auto after = watcher.cache_statistics();
  auto mean = [&](const char* sum, const char* count) {
    double n = double(after[count] - before[count]);
    return n > 0 ? double(after[sum] - before[sum]) / n : 0.0;
  };
  std::vector<double> p50, p99, worst;
  for (int p = 0; p < procs; ++p) {
    p50.push_back(lat_us[3 * p]);
    p99.push_back(lat_us[3 * p + 1]);
    worst.push_back(lat_us[3 * p + 2]);
  }
  std::printf("{\"procs\": %d, \"commits_per_s\": %.0f, \"commit_p50_us\": %.1f, \"commit_p99_us\": %.1f, "
              "\"commit_max_us\": %.1f, \"vm_cpu_us_per_commit\": %.1f, \"stone_commit_mean_us\": %.1f, "
              "\"stone_sync_mean_us\": %.1f, \"stone_cpu_us_per_commit\": %.1f, \"commits_per_sync\": %.1f, "
              "\"batch_gather_mean_us\": %.1f, \"batch_build_mean_us\": %.1f, \"batch_publish_mean_us\": %.1f}\n",
              procs, double(total.load()) / std::max(dt, seconds), pct(p50, 0.5), pct(p99, 0.5), pct(worst, 1.0),
              double(cpu_ns.load()) / 1e3 / double(std::max<uint64_t>(1, total.load())),
              mean("commit_latency_sum_us", "commit_latency_count"), mean("sync_latency_sum_us", "sync_latency_count"),
              double(stone_cpu) / 1e3 / double(std::max<uint64_t>(1, total.load())),
              double(after["commits"] - before["commits"]) / double(std::max<uint64_t>(1, after["syncs"] - before["syncs"])),
              mean("batch_gather_sum_us", "batch_gather_count"), mean("batch_build_sum_us", "batch_build_count"),
              mean("batch_publish_sum_us", "batch_publish_count"));
  return 0;
}

// A commits value i; B (another process, spinning on begin+read) notes when it sees i.
int cmd_visible() {
  int n = int(num("n", 2000));
  auto* t = static_cast<std::atomic<int64_t>*>(mmap(nullptr, sizeof(int64_t) * (2 * n + 8),
                                                    PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
  txn::Session a = attach();
  (void)a.begin();
  txn::Oop oop = *a.allocate();
  uint64_t zero = 0;
  (void)a.write(oop, 1, &zero, 8);
  if (!a.commit().ok()) die("setup commit");
  auto ns = [] {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
  };
  std::atomic<int64_t>* returned = t + 8;
  std::atomic<int64_t>* seen = t + 8 + n;
  pid_t child = fork();
  if (child == 0) {
    txn::Session b = attach();
    t[0].store(1);
    bool spin = num("spin", 0) != 0;
    (void)b.begin();
    for (int64_t want = 1; want <= n;) {
      if (!spin) b.wait_for_commit(1000000);
      (void)b.begin();
      auto r = b.read(oop);
      uint64_t v = 0;
      if (r.ok() && r->has_value()) std::memcpy(&v, (*r)->bytes.data(), 8);
      b.abort();
      if (int64_t(v) >= want) {
        seen[want - 1].store(ns());
        want = int64_t(v) + 1;
        t[1].store(int64_t(v));
      }
    }
    _exit(0);
  }
  while (t[0].load() == 0) usleep(100);
  for (uint64_t i = 1; i <= uint64_t(n); ++i) {
    (void)a.begin();
    (void)a.write(oop, 1, &i, 8);
    auto r = a.commit();
    returned[i - 1].store(ns());
    if (!r.ok()) die("commit: " + r.status.to_string());
    while (t[1].load() < int64_t(i)) {
    }
  }
  waitpid(child, nullptr, 0);
  std::vector<double> d;
  int before = 0;
  for (int i = 0; i < n; ++i) {
    double us = double(seen[i].load() - returned[i].load()) / 1e3;
    d.push_back(us);
    before += us < 0;
  }
  std::printf("{\"visible_p50_us\": %.1f, \"visible_p99_us\": %.1f, \"seen_before_return\": %.3f}\n",
              pct(d, 0.5), pct(d, 0.99), double(before) / n);
  return 0;
}

// Fills objects 1..N (16-byte values) in commits of `per` objects.
int cmd_fill() {
  txn::Session s = attach();
  uint64_t n = uint64_t(num("n", 10000)), per = uint64_t(num("per", 50000));
  uint32_t bytes = uint32_t(num("bytes", 16));
  std::vector<uint8_t> value(bytes, 7);
  double t0 = now();
  uint64_t first_oop = 0;
  for (uint64_t done = 0; done < n;) {
    (void)s.begin();
    for (uint64_t i = 0; i < per && done < n; ++i, ++done) {
      auto oop = s.allocate();
      if (!oop.ok()) die("allocate");
      if (first_oop == 0) first_oop = *oop;
      std::memcpy(value.data(), &*oop, std::min<size_t>(8, bytes));
      (void)s.write(*oop, 1, value.data(), value.size());
    }
    auto r = s.commit();
    if (!r.ok()) die("fill commit: " + r.status.to_string());
  }
  std::printf("{\"filled\": %llu, \"first\": %llu, \"seconds\": %.1f}\n", (unsigned long long)n,
              (unsigned long long)first_oop, now() - t0);
  return 0;
}

// Random whole-object reads of objects 1..N at one snapshot (warm: a first pass caches).
int cmd_read() {
  txn::Session s = attach();
  uint64_t first = uint64_t(num("first", 1));
  uint64_t n = uint64_t(num("n", 10000)), reads = uint64_t(num("reads", 1000000));
  (void)s.begin();
  for (uint64_t o = first; o < first + n; ++o)
    if (!s.read(o).ok()) die("warm read");
  std::mt19937_64 rng(1);
  std::vector<double> lat;
  uint64_t disk0 = s.stats().disk_reads;
  double t0 = now();
  size_t bytes = 0;
  for (uint64_t i = 0; i < reads; ++i) {
    double a = (i % 16 == 0) ? now() : 0;
    auto r = s.read(first + rng() % n);
    if (!r.ok() || !r->has_value()) die("read");
    bytes += (*r)->bytes.size();
    if (a != 0) lat.push_back(now() - a);
  }
  double dt = now() - t0;
  std::printf("{\"reads_per_s\": %.0f, \"read_p50_us\": %.2f, \"read_p99_us\": %.2f, \"disk_reads\": %llu, \"bytes\": %zu}\n",
              double(reads) / dt, pct(lat, 0.5) * 1e6, pct(lat, 0.99) * 1e6,
              (unsigned long long)(s.stats().disk_reads - disk0), bytes);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) die("usage: storage-bench COMMAND --key value ...");
  for (int i = 2; i + 1 < argc; i += 2) args[std::string(argv[i]).substr(2)] = argv[i + 1];
  std::string c = argv[1];
  // --slice-us N: run with the scheduler slice the stone asks for (the fsync loop with
  // the stone's own scheduling, for a like-for-like limit).
  if (uint32_t us = uint32_t(num("slice-us", 0)); us > 0) {
    maglev::Status s = txn::set_sched_slice(us);
    if (!s.ok()) die(s.to_string());
  }
  if (c == "fsync") return cmd_fsync();
  if (c == "lmdb") return cmd_lmdb();
  if (c == "lmdb-get") return cmd_lmdb_get();
  if (c == "sqlite") return cmd_sqlite();
  if (c == "commit") return cmd_commit();
  if (c == "visible") return cmd_visible();
  if (c == "fill") return cmd_fill();
  if (c == "read") return cmd_read();
  die("unknown command " + c);
}
