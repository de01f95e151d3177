// The commit daemon's core (run_stone): repository lock, recovery, segment, the session
// socket, validation with first-committer-wins conflict checks, group commit (every
// request that arrives while a sync is in flight joins the next batch), publication.
#include <fcntl.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <spdlog/spdlog.h>
#include <unordered_map>
#include <unordered_set>

#include "maglev_config.h"
#include "shared_cache/shared_cache.h"
#include "txn/ack_sender.h"
#include "txn/adaptive_spin.h"
#include "txn/cpu_placement.h"
#include "txn/crash_point.h"
#include "txn/deferred_writer.h"
#include "txn/extent.h"
#include "txn/grower.h"
#include "txn/io.h"
#include "txn/object_table.h"
#include "txn/page_reader.h"
#include "txn/protocol.h"
#include "txn/sched_slice.h"
#include "txn/slot_channel.h"
#include "txn/txn.h"

namespace maglev::txn {

namespace {

using Clock = std::chrono::steady_clock;
using shared_cache::Publication;
using shared_cache::Segment;

uint64_t micros_between(Clock::time_point a, Clock::time_point b) {
  return b > a ? static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(b - a).count()) : 0;
}

uint64_t now_ns() {
  timespec ts;
  ::clock_gettime(CLOCK_REALTIME, &ts);
  return uint64_t(ts.tv_sec) * 1000000000ULL + uint64_t(ts.tv_nsec);
}

// epoll_pwait2 (microsecond timeouts); where the kernel (or valgrind, which lacks the
// system call) refuses it, epoll_wait with the timeout rounded up to a millisecond.
int wait_events(int epfd, epoll_event* evs, int max, const timespec& timeout) {
  static bool have_pwait2 = true;
  if (have_pwait2) {
    int n = ::epoll_pwait2(epfd, evs, max, &timeout, nullptr);
    if (n >= 0 || errno != ENOSYS) return n;
    have_pwait2 = false;
  }
  long ms = timeout.tv_sec * 1000 + (timeout.tv_nsec + 999'999) / 1'000'000;
  return ::epoll_wait(epfd, evs, max, static_cast<int>(ms));
}

struct Conn {
  int fd = -1;
  int32_t slot = -1;
  uint64_t token = 0;
  uint32_t pid = 0;
  uint32_t taken_seq = 0;  // the newest request taken from its slot
  std::vector<uint8_t> in;
};

// Who asked: the session's socket, and for a request that came through the slot, the
// slot and the request's number (the answer goes there; fd -1 once the session closed).
struct Asker {
  int fd;
  int32_t slot = -1;
  uint32_t seq = 0;
};

struct Request {
  Asker from;
  uint64_t token;
  Clock::time_point received;
  std::vector<uint8_t> body;  // MsgCommit + writes
};

struct Ack {
  Asker to;
  uint64_t commit;
  Clock::time_point received;
  uint32_t want_ids;      // fresh ids granted with the reply (MsgCommit::want_ids)
  uint64_t grant_first;   // the first of them
};

class Stone {
 public:
  explicit Stone(const StoneOptions& o) : opt_(o), repo_(o.repo.string()), spin_(o.spin_us) {}
  ~Stone();
  Status start();
  Status run();

 private:
  Status lock_repository();
  Status open_socket();
  void accept_conn();
  void read_conn(int fd);
  void close_conn(int fd);
  void handle(Conn& c, MsgType type, const uint8_t* p, uint32_t len);
  void reply_error(int fd, Errc code, const std::string& msg);
  void reply_error(const Asker& to, Errc code, const std::string& msg);
  void answer(const Asker& to, MsgType type, const void* payload, size_t len);
  int intake();
  void start_batch();
  void complete_batch(const Status& result);
  void publish_inflight();
  void reap_dead_sessions();
  void prune_writers();
  Status grow_for(uint64_t pages);
  uint64_t segment_pages() const { return std::max<uint64_t>(1, uint64_t{opt_.segment_mb} * (1 << 20) / kPageSize); }
  void add_segment(uint64_t first, uint64_t count, int fd, const char* how);
  void adopt_growth(bool wait);
  void grow_ahead();
  void checkpoint(bool final);
  bool spin_for_awaited();
  void place_commit_path();
  void write_superblock(ExtentState* covered);

  StoneOptions opt_;
  std::string repo_;
  int lock_fd_ = -1, listen_fd_ = -1, epoll_fd_ = -1, signal_fd_ = -1;
  std::unique_ptr<Segment> seg_;
  std::unique_ptr<ChannelServer> channel_;
  std::vector<int> slot_fd_;   // slot -> its session's socket, -1 when free
  std::unique_ptr<ExtentFiles> files_;  // before everything that reads or writes it
  std::unique_ptr<IoBackend> io_;
  std::unique_ptr<BackgroundGrower> grower_;
  std::unique_ptr<DeferredWriter> deferred_;
  uint64_t deferred_limit_ = 0;  // pending deferred pages that start a flush
  ExtentState ckpt_st_;          // the state a flush in flight makes checkpointable
  bool grow_ahead_failed_ = false;  // until a growth in the commit path succeeds again
  double pages_per_s_ = 0;         // extent consumption rate (pages appended per second)
  Clock::time_point rate_at_;      // ... as of this time
  uint64_t rate_page_ = 0;         // ... and this append position
  std::unique_ptr<CachedExtentReader> reader_;
  ExtentState st_;             // durable (or, mid-batch, tentative) state
  uint64_t capacity_pages_ = 0;
  uint64_t next_token_ = 1;
  uint64_t checkpoint_pages_ = 0;
  bool stop_ = false;
  bool failed_ = false;        // a write or sync failed: no further writes
  std::unordered_map<int, Conn> conns_;
  std::deque<Request> queue_;
  std::unordered_map<uint64_t, uint64_t> last_writer_;  // oop -> newest commit writing it
  // start_batch's scratch, kept between batches (no allocation per batch or request):
  // the batch's commit list, its object-table changes for recovery, (oop, previous
  // writer or 0) to undo, and one request's writes and conflicts.
  std::vector<uint8_t> oplist_;
  std::vector<DiskDelta> delta_;
  std::vector<std::pair<uint64_t, uint64_t>> undo_;
  std::vector<std::pair<const MsgWrite*, const uint8_t*>> writes_;
  std::vector<uint64_t> conflicts_;
  uint64_t commits_since_prune_ = 0;
  // The batch in flight.
  bool inflight_ = false;
  std::unique_ptr<BatchPages> pages_;
  std::vector<Ack> acks_;
  AckSender ack_sender_;
  std::vector<std::pair<int32_t, uint64_t>> pinned_;
  DeferredWriter::Frames deferred_frames_;  // the batch's deferred tree pages
  uint64_t written_pages_ = 0;              // pages the batch writes now
  Publication pub_;
  bool published_early_ = false;
  Clock::time_point submitted_;
  ExtentState next_st_;
  Clock::time_point last_reap_ = Clock::now();
  // Group-commit gather: sessions acknowledged by the last batch usually send their next
  // commit within microseconds; the next batch waits (at most gather_us) for them.
  std::unordered_set<int> awaited_;
  Clock::time_point gather_deadline_;
  AdaptiveSpin spin_;  // polling for the next request of a lone session
};

Stone::~Stone() {
  grower_.reset();  // joins a growth in flight
  deferred_.reset();
  if (seg_) Segment::remove(seg_->name());
  if (listen_fd_ >= 0) {
    ::close(listen_fd_);
    ::unlink(socket_path(opt_.repo).c_str());
  }
  for (auto& [fd, c] : conns_) ::close(fd);
  if (epoll_fd_ >= 0) ::close(epoll_fd_);
  if (signal_fd_ >= 0) ::close(signal_fd_);
  if (lock_fd_ >= 0) {
    if (::ftruncate(lock_fd_, 0) != 0) { /* the lock, not the pid, is what counts */ }
    ::close(lock_fd_);
  }
}

Status Stone::lock_repository() {
  std::string lp = lock_path(opt_.repo).string();
  lock_fd_ = ::open(lp.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (lock_fd_ < 0) return errno_status(errno, "opening " + lp);
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    char buf[32] = {0};
    ssize_t n = ::pread(lock_fd_, buf, sizeof buf - 1, 0);
    ::close(lock_fd_);
    lock_fd_ = -1;
    return Status(Errc::kBusy, "another maglev-stone (pid " + std::string(n > 0 ? buf : "?") +
                                   ") is running on repository " + repo_);
  }
  std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(lock_fd_, 0) != 0 || ::pwrite(lock_fd_, pid.data(), pid.size(), 0) < 0)
    return errno_status(errno, "writing " + lp);
  return Status();
}

Status Stone::open_socket() {
  std::string sp = socket_path(opt_.repo).string();
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (sp.size() >= sizeof addr.sun_path) return Status(Errc::kInvalid, "socket path too long: " + sp);
  std::memcpy(addr.sun_path, sp.c_str(), sp.size() + 1);
  ::unlink(sp.c_str());  // stale from a killed stone: we hold the lock
  listen_fd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (listen_fd_ < 0) return errno_status(errno, "socket");
  mode_t old = ::umask(0177);
  int r = ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  ::umask(old);
  if (r != 0) return errno_status(errno, "binding " + sp);
  ::chmod(sp.c_str(), 0600);
  if (::listen(listen_fd_, 128) != 0) return errno_status(errno, "listen on " + sp);
  return Status();
}

Status Stone::start() {
  std::error_code ec;
  if (!std::filesystem::exists(extent_path(opt_.repo), ec)) {
    if (!opt_.create)
      return Status(Errc::kNotFound, "repository " + repo_ + " does not exist (create it with: maglev create --repo " + repo_ + ")");
    Status s = create_repository(opt_.repo);
    if (!s.ok() && s.code() != Errc::kBusy) return s;
  }
  struct stat dst;
  if (::stat(repo_.c_str(), &dst) == 0 && (dst.st_mode & 077) != 0)
    spdlog::warn("repository directory {} is readable by others (mode {:o})", repo_, dst.st_mode & 0777);
  Status s = lock_repository();
  if (!s.ok()) return s;
  // The stone keeps a descriptor per segment it touches: as many as the system allows.
  if (rlimit rl; ::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
    rl.rlim_cur = rl.rlim_max;
    (void)::setrlimit(RLIMIT_NOFILE, &rl);
  }
  auto t0 = Clock::now();
  auto files = ExtentFiles::open(opt_.repo, true);
  if (!files.ok()) return files.status();
  files_ = std::move(*files);
  auto rec = recover_extent(*files_, repo_);
  if (!rec.ok()) return rec.status();
  st_ = *rec;
  double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  spdlog::info("recovered repository {}: commit {} (batch {}), {} batch(es) verified past the checkpoint, "
               "extent {} pages, in {:.1f} ms", repo_, st_.last_commit, st_.last_batch,
               st_.batches_scanned, st_.extent_pages, ms);
  if (st_.torn_tail)
    spdlog::warn("repository {}: cut a torn tail at page {} (bytes after the newest intact batch ignored)",
                 repo_, st_.append_page);
  checkpoint_pages_ = opt_.checkpoint_mb * (1 << 20) / kPageSize;
  auto io = IoBackend::make(opt_.io, *files_);
  if (!io.ok()) return io.status();
  io_ = std::move(*io);
  s = rebuild_object_table(*io_, repo_, &st_);
  if (!s.ok()) return Status(s.code(), "repository " + repo_ + ": " + s.message());
  capacity_pages_ = st_.extent_pages;
  grower_ = std::make_unique<BackgroundGrower>(opt_.repo);
  deferred_ = std::make_unique<DeferredWriter>(*io_);
  spdlog::info("I/O backend: {}; {} mode", io_->name(), opt_.relaxed ? "relaxed (ack once cached)" : "durable (ack after fdatasync)");
  // The segment: a stale one (a killed stone's) is replaced; we hold the lock.
  std::string name = segment_name(opt_.repo);
  if (Segment::remove(name)) spdlog::warn("replaced the stale shared segment {} left by a previous stone", name);
  shared_cache::SegmentConfig cfg;
  cfg.page_size = kPageSize;
  cfg.frame_count = std::max<uint32_t>(64, static_cast<uint32_t>(uint64_t{opt_.cache_mb} * (1 << 20) / kPageSize));
  cfg.repo_id = st_.repo_id;
  cfg.repo_path = repo_;
  auto seg = Segment::create(name, cfg);
  if (!seg.ok()) return seg.status();
  seg_ = std::move(*seg);
  deferred_limit_ = cfg.frame_count / 4;
  seg_->header().extent_pages.store(st_.extent_pages);
  channel_ = std::make_unique<ChannelServer>(seg_.get());
  s = channel_->init();
  if (!s.ok()) return s;
  slot_fd_.assign(seg_->session_count(), -1);
  reader_ = std::make_unique<CachedExtentReader>(seg_.get(), files_.get(), -1, repo_);
  Publication p;
  p.first_commit = p.last_commit = st_.last_commit;
  p.root_page = st_.root.page;
  p.tree_height = st_.root.height;
  p.time_ns = now_ns();
  seg_->publish(p);
  s = open_socket();
  if (!s.ok()) return s;
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGTERM);
  sigaddset(&mask, SIGINT);
  sigprocmask(SIG_BLOCK, &mask, nullptr);
  signal(SIGPIPE, SIG_IGN);
  signal_fd_ = ::signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
  epoll_fd_ = ::epoll_create1(EPOLL_CLOEXEC);
  if (signal_fd_ < 0 || epoll_fd_ < 0) return errno_status(errno, "signalfd/epoll");
  for (int fd : {listen_fd_, signal_fd_, channel_->event_fd()}) {
    if (fd < 0) continue;
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = fd;
    ::epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, fd, &ev);
  }
  place_commit_path();
  if (opt_.slice_us > 0) {
    Status sl = set_sched_slice(opt_.slice_us);
    if (sl.ok()) spdlog::info("asked for a {} us scheduler slice", opt_.slice_us);
    else spdlog::warn("could not shorten the scheduler slice: {}", sl.to_string());
  }
  seg_->header().ready.store(1, std::memory_order_release);
  spdlog::info("maglev-stone {} serving {} (segment {}, socket {})", ::getpid(), repo_, name,
               socket_path(opt_.repo).string());
  spdlog::default_logger()->flush();
  return Status();
}

void Stone::accept_conn() {
  for (;;) {
    int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) return;
    ucred cred{};
    socklen_t len = sizeof cred;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || cred.uid != ::geteuid()) {
      spdlog::warn("refused a session from uid {} pid {} (not the repository owner)", cred.uid, cred.pid);
      ::close(fd);
      continue;
    }
    Conn c;
    c.fd = fd;
    c.pid = static_cast<uint32_t>(cred.pid);
    conns_[fd] = std::move(c);
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.fd = fd;
    ::epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, fd, &ev);
  }
}

void Stone::close_conn(int fd) {
  auto it = conns_.find(fd);
  if (it == conns_.end()) return;
  if (it->second.slot >= 0) {
    slot_fd_[static_cast<size_t>(it->second.slot)] = -1;
    seg_->reclaim_session(static_cast<uint32_t>(it->second.slot));
    spdlog::debug("session {} (pid {}) closed; slot {} reclaimed", it->second.token, it->second.pid,
                  it->second.slot);
  }
  ::epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, fd, nullptr);
  awaited_.erase(fd);
  ::close(fd);
  conns_.erase(it);
  for (auto q = queue_.begin(); q != queue_.end();)  // its queued commits die with it
    q = q->from.fd == fd ? queue_.erase(q) : q + 1;
  for (Ack& a : acks_)
    if (a.to.fd == fd) a.to = Asker{-1};
}

void Stone::read_conn(int fd) {
  Conn& c = conns_[fd];
  uint8_t buf[65536];
  for (;;) {
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n > 0) {
      c.in.insert(c.in.end(), buf, buf + n);
      if (static_cast<size_t>(n) < sizeof buf) break;  // epoll is level-triggered: no
      continue;                                         // second call to see EAGAIN
    }
    if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
      close_conn(fd);
      return;
    }
    if (errno == EAGAIN) break;
  }
  size_t at = 0;
  while (c.in.size() - at >= sizeof(MsgHeader)) {
    MsgHeader h;
    std::memcpy(&h, c.in.data() + at, sizeof h);
    if (h.length > kMaxMessage) {
      close_conn(fd);
      return;
    }
    if (c.in.size() - at - sizeof h < h.length) break;
    handle(c, static_cast<MsgType>(h.type), c.in.data() + at + sizeof h, h.length);
    if (conns_.find(fd) == conns_.end()) return;
    at += sizeof h + h.length;
  }
  c.in.erase(c.in.begin(), c.in.begin() + static_cast<long>(at));
}

void Stone::reply_error(int fd, Errc code, const std::string& msg) { reply_error(Asker{fd}, code, msg); }

void Stone::reply_error(const Asker& to, Errc code, const std::string& msg) {
  std::vector<uint8_t> p(8 + msg.size());
  uint32_t c = static_cast<uint32_t>(code);
  std::memcpy(p.data(), &c, 4);
  std::memcpy(p.data() + 8, msg.data(), msg.size());
  answer(to, MsgType::kError, p.data(), p.size());
}

// A message on the session's socket; a request that came through the slot is told so
// there (after the message is sent: the VM reads it as soon as it sees the slot).
void Stone::answer(const Asker& to, MsgType type, const void* payload, size_t len) {
  if (to.fd < 0) return;
  (void)send_msg(to.fd, type, payload, len);
  if (to.slot >= 0) channel_->reply_on_socket(static_cast<uint32_t>(to.slot), to.seq);
}

// Takes the requests posted in session slots into the queue (in slot order; requests
// of different sessions are concurrent, so any order is an arrival order). Returns how
// many it took.
int Stone::intake() {
  int taken = 0;
  channel_->collect([&](uint32_t slot) {
    int fd = slot_fd_[slot];
    if (fd < 0) return;  // the session ended (or was killed) after posting
    Conn& c = conns_[fd];
    uint32_t seq = channel_->request_seq(slot);
    if (seq == c.taken_seq) return;
    c.taken_seq = seq;
    uint32_t len = 0;
    const uint8_t* p = channel_->request(slot, &len);
    Asker from{fd, static_cast<int32_t>(slot), seq};
    if (len < sizeof(MsgCommit)) {
      reply_error(from, Errc::kProtocol, "truncated commit");
      return;
    }
    queue_.push_back(Request{from, c.token, Clock::now(), std::vector<uint8_t>(p, p + len)});
    awaited_.erase(fd);
    ++taken;
    if (crash_point_armed("after_intake")) crash_point("after_intake");  // its VM waits on the futex
  });
  return taken;
}

void Stone::handle(Conn& c, MsgType type, const uint8_t* p, uint32_t len) {
  switch (type) {
    case MsgType::kHello: {
      MsgHello h{};
      if (len >= sizeof h) std::memcpy(&h, p, sizeof h);
      if (h.version != kProtocolVersion || c.slot >= 0) {
        reply_error(c.fd, Errc::kMismatch, "protocol version mismatch (stone speaks " +
                                               std::to_string(kProtocolVersion) + ")");
        return;
      }
      c.token = next_token_++;
      c.slot = seg_->claim_session(c.pid, c.token, seg_->newest().last_commit);
      if (c.slot < 0) {
        reply_error(c.fd, Errc::kBusy, "all session slots of the stone are in use");
        return;
      }
      MsgWelcome w{};
      w.slot = static_cast<uint32_t>(c.slot);
      w.page_size = kPageSize;
      w.token = c.token;
      w.repo_id = st_.repo_id;
      std::snprintf(w.segment, sizeof w.segment, "%s", seg_->name().c_str());
      slot_fd_[static_cast<size_t>(c.slot)] = c.fd;
      c.taken_seq = 0;
      (void)send_msg_fd(c.fd, MsgType::kWelcome, &w, sizeof w, channel_->event_fd());
      return;
    }
    case MsgType::kAlloc: {
      uint64_t count = 0;
      if (len >= 8) std::memcpy(&count, p, 8);
      count = std::clamp<uint64_t>(count, 1, kMaxAllocIds);
      uint64_t out[2] = {st_.next_oop, count};
      st_.next_oop += count;
      (void)send_msg(c.fd, MsgType::kAllocated, out, sizeof out);
      return;
    }
    case MsgType::kCommit: {
      if (c.slot < 0 || len < sizeof(MsgCommit)) {
        reply_error(c.fd, Errc::kProtocol, "commit before hello or truncated commit");
        return;
      }
      queue_.push_back(Request{Asker{c.fd}, c.token, Clock::now(), std::vector<uint8_t>(p, p + len)});
      awaited_.erase(c.fd);
      return;
    }
    case MsgType::kDetach: {
      // A clean end: the slot is freed now, before the client's process exits (a client
      // only detaches with no commit of its own in flight: it waits for each reply).
      if (c.slot >= 0) {
        slot_fd_[static_cast<size_t>(c.slot)] = -1;
        seg_->reclaim_session(static_cast<uint32_t>(c.slot));
        spdlog::debug("session {} (pid {}) detached; slot {} freed", c.token, c.pid, c.slot);
        c.slot = -1;
      }
      awaited_.erase(c.fd);  // no next commit comes from it
      uint64_t zero = 0;
      (void)send_msg(c.fd, MsgType::kDetached, &zero, sizeof zero);
      return;
    }
    default:
      reply_error(c.fd, Errc::kProtocol, "unknown message type " + std::to_string(uint32_t(type)));
  }
}

void Stone::start_batch() {
  if (failed_) {
    for (Request& r : queue_)
      reply_error(r.from, Errc::kIo, "repository " + repo_ + " refuses writes after an I/O failure");
    queue_.clear();
    return;
  }
  // 1. Validate in arrival order; build data pages, the tree update and the commit list.
  const Clock::time_point began = Clock::now();
  Clock::time_point oldest = began;
  for (const Request& r : queue_) oldest = std::min(oldest, r.received);
  next_st_ = st_;
  pages_ = std::make_unique<BatchPages>(st_.append_page, st_.last_batch + 1);
  TreeBuilder tree(*reader_, st_.root);
  std::vector<uint8_t>& oplist = oplist_;
  std::vector<DiskDelta>& delta = delta_;
  std::vector<std::pair<uint64_t, uint64_t>>& undo = undo_;
  oplist.clear();
  delta.clear();
  undo.clear();
  acks_.clear();
  auto& stats = seg_->stats();
  for (Request& r : queue_) {
    MsgCommit mc;
    std::memcpy(&mc, r.body.data(), sizeof mc);
    // Parse and check bounds first.
    auto& ws = writes_;
    ws.clear();
    size_t at = sizeof mc;
    bool bad = false;
    for (uint32_t i = 0; i < mc.writes; ++i) {
      if (at + sizeof(MsgWrite) > r.body.size()) { bad = true; break; }
      auto* w = reinterpret_cast<const MsgWrite*>(r.body.data() + at);
      if (w->size > r.body.size() || at + sizeof(MsgWrite) + pad8(w->size) > r.body.size() ||
          w->oop == 0 || w->oop >= next_st_.next_oop) {
        bad = true;
        break;
      }
      ws.emplace_back(w, r.body.data() + at + sizeof(MsgWrite));
      at += sizeof(MsgWrite) + pad8(w->size);
    }
    if (bad) {
      reply_error(r.from, Errc::kInvalid, "commit names an object id that was never allocated, or is malformed");
      continue;
    }
    auto& conflicts = conflicts_;
    conflicts.clear();
    for (auto& [w, data] : ws) {
      auto it = last_writer_.find(w->oop);
      if (it != last_writer_.end() && it->second > mc.snapshot) conflicts.push_back(w->oop);
    }
    if (!conflicts.empty()) {
      std::vector<uint64_t> msg(1 + conflicts.size());
      msg[0] = conflicts.size();
      std::copy(conflicts.begin(), conflicts.end(), msg.begin() + 1);
      answer(r.from, MsgType::kConflict, msg.data(), msg.size() * 8);
      stats.conflicts.value.fetch_add(1, std::memory_order_relaxed);
      continue;
    }
    uint64_t commit = ++next_st_.last_commit;
    size_t head = oplist.size();
    oplist.resize(head + 24 + ws.size() * 8, 0);
    uint32_t count = static_cast<uint32_t>(ws.size());
    std::memcpy(oplist.data() + head, &commit, 8);
    std::memcpy(oplist.data() + head + 8, &r.token, 8);
    std::memcpy(oplist.data() + head + 16, &count, 4);
    for (size_t i = 0; i < ws.size(); ++i) {
      auto [w, data] = ws[i];
      auto [it, fresh] = last_writer_.try_emplace(w->oop, commit);
      undo.emplace_back(w->oop, fresh ? 0 : it->second);
      it->second = commit;
      DiskObjEntry e{w->class_id, 0, 0, w->size};
      pages_->append_data(data, w->size, &e.page, &e.offset);
      delta.push_back(DiskDelta{w->oop, e});
      Status s = tree.set(w->oop, e);
      if (!s.ok()) {
        spdlog::critical("repository {}: reading the object table failed: {}", repo_, s.to_string());
        failed_ = true;
      }
      std::memcpy(oplist.data() + head + 24 + i * 8, &w->oop, 8);
    }
    uint32_t want = r.from.slot >= 0 ? std::min(mc.want_ids, kMaxGrantIds) : 0;  // the slot's reply carries them
    acks_.push_back(Ack{r.from, commit, r.received, want, 0});
  }
  queue_.clear();
  if (acks_.empty()) return;
  if (failed_) {
    for (Ack& a : acks_) reply_error(a.to, Errc::kIo, "repository " + repo_ + " refuses writes after an I/O failure");
    acks_.clear();
    return;
  }
  // Ids granted with the replies, in acknowledgement order: what the batch's sessions use
  // next is consecutive, so their next commits share object-table leaves. The batch's
  // record covers them (next_oop): no session learns an id that recovery could hand out
  // again. Allocations while the batch is in flight (kAlloc) start after them.
  for (Ack& a : acks_) {
    a.grant_first = next_st_.next_oop;
    next_st_.next_oop += a.want_ids;
  }
  st_.next_oop = std::max(st_.next_oop, next_st_.next_oop);
  uint64_t ol_page = 0, delta_page = 0;
  uint32_t ol_off = 0, delta_off = 0;
  pages_->append_data(oplist.data(), static_cast<uint32_t>(oplist.size()), &ol_page, &ol_off);
  const uint32_t delta_len = static_cast<uint32_t>(delta.size() * sizeof(DiskDelta));
  pages_->append_data(delta.data(), delta_len, &delta_page, &delta_off);
  pages_->end_data();
  TreeRoot root;
  Status s = tree.finish(*pages_, &root);
  if (!s.ok()) {
    spdlog::critical("repository {}: building the object table failed: {}", repo_, s.to_string());
    failed_ = true;
    for (Ack& a : acks_) reply_error(a.to, Errc::kIo, s.message());
    acks_.clear();
    return;
  }
  // 2. Room for every page of the batch, deferred ones included. The extent is normally
  //    grown ahead of need in the background (grow_ahead); without room the batch is
  //    undone and refused, and the repository stays as it was.
  const uint64_t end_page = pages_->first_page() + pages_->pages();
  s = grow_for(end_page);
  if (!s.ok()) {
    spdlog::error("repository {}: {}; {} commit(s) refused", repo_, s.to_string(), acks_.size());
    for (auto it = undo.rbegin(); it != undo.rend(); ++it) {
      if (it->second == 0) last_writer_.erase(it->first);
      else last_writer_[it->first] = it->second;
    }
    for (Ack& a : acks_)
      reply_error(a.to, s.code(), "commit refused, repository " + repo_ + ": " + s.message());
    acks_.clear();
    return;
  }
  // 3. Install in the cache, pinned: the record and data pages until durable; the tree
  //    pages are written with them, or with --defer-tree until a flush has written them
  //    (deferred; when a tree page finds no frame, the whole batch is written now).
  pinned_.clear();
  deferred_frames_.clear();
  bool all_cached = true;
  for (uint64_t i = pages_->stream_pages(); i < pages_->pages(); ++i) {
    int32_t f = seg_->install(pages_->first_page() + i, pages_->page(i), -1, true);
    if (f < 0) all_cached = false;
    deferred_frames_.emplace_back(f, pages_->first_page() + i);
  }
  const bool defer = all_cached && opt_.defer_tree;
  written_pages_ = defer ? pages_->stream_pages() : pages_->pages();
  if (!defer) pinned_.swap(deferred_frames_);
  DiskBatchRecord rec{};
  rec.first_commit = st_.last_commit + 1;
  rec.last_commit = next_st_.last_commit;
  rec.first_page = pages_->first_page();
  rec.page_count = pages_->pages();
  rec.written_pages = written_pages_;
  rec.root_page = root.page;
  rec.tree_height = root.height;
  rec.next_oop = next_st_.next_oop;
  rec.prev_record_checksum = st_.record_checksum;
  rec.pages_hash = pages_->pages_hash(1, written_pages_);
  rec.time_ns = now_ns();
  rec.oplist_page = ol_page;
  rec.oplist_offset = ol_off;
  rec.oplist_length = static_cast<uint32_t>(oplist.size());
  rec.delta_page = delta_page;
  rec.delta_offset = delta_off;
  rec.delta_length = delta_len;
  pages_->seal_record(rec);
  next_st_.last_batch = st_.last_batch + 1;
  next_st_.root = root;
  next_st_.record_page = pages_->first_page();
  next_st_.record_checksum = page_header(pages_->page(0)).checksum;
  next_st_.append_page = end_page;
  pub_ = Publication{};
  pub_.first_commit = rec.first_commit;
  pub_.last_commit = rec.last_commit;
  pub_.root_page = root.page;
  pub_.tree_height = root.height;
  pub_.oplist_page = ol_page;
  pub_.oplist_offset = ol_off;
  pub_.oplist_length = rec.oplist_length;
  pub_.time_ns = rec.time_ns;
  for (uint64_t i = 0; i < pages_->stream_pages(); ++i) {
    int32_t f = seg_->install(pages_->first_page() + i, pages_->page(i), -1, true);
    if (f < 0) all_cached = false;
    pinned_.emplace_back(f, pages_->first_page() + i);
  }
  const uint8_t* buf = pages_->bytes().data();
  size_t len = written_pages_ * kPageSize;
  uint64_t off = pages_->first_page() * kPageSize;
  if (crash_point_armed("after_write_before_sync")) {
    (void)io_->write_now(buf, len, off, false);
    crash_point("after_write_before_sync");
  }
  if (crash_point_armed("mid_page")) {
    size_t cut = len / 2 / kPageSize * kPageSize + kPageSize / 2;  // tear inside a page
    (void)io_->write_now(buf, std::min(cut, len), off, true);
    crash_point("mid_page");
  }
  spdlog::debug("batch {}: {} commit(s), {} page(s) written, {} deferred, {} waiting",
                next_st_.last_batch, acks_.size(), written_pages_, pages_->pages() - written_pages_,
                conns_.size());
  inflight_ = true;
  submitted_ = Clock::now();
  shared_cache::record_phase(stats, shared_cache::kPhaseGather, micros_between(oldest, began));
  shared_cache::record_phase(stats, shared_cache::kPhaseBuild, micros_between(began, submitted_));
  published_early_ = false;
  // Every batch is written and synced on this thread. Requests that arrive meanwhile
  // wait in their session slots (their VMs see the stone awake and wake nobody) and are
  // collected into the next batch when this one is published (an asynchronous
  // completion would add a wake-up per batch and leave nothing else to do).
  if (opt_.relaxed && all_cached) {  // relaxed: visible once installed (pages stay pinned)
    publish_inflight();
    published_early_ = true;
  }
  complete_batch(io_->append(buf, len, off, true));
}

// Makes the extent at least `pages` long: collects a segment being created in the
// background (waiting for it if it is still needed), else creates one in the commit path,
// of one segment's size or as large as the batch needs.
Status Stone::grow_for(uint64_t pages) {
  if (pages <= capacity_pages_) return Status();
  adopt_growth(true);
  if (pages <= capacity_pages_) return Status();
  const uint64_t count = std::max(segment_pages(), pages - capacity_pages_);
  auto fd = ExtentFiles::create_segment(opt_.repo, capacity_pages_, count);
  if (!fd.ok()) return fd.status();
  grow_ahead_failed_ = false;
  add_segment(capacity_pages_, count, *fd, "");
  return Status();
}

void Stone::add_segment(uint64_t first, uint64_t count, int fd, const char* how) {
  files_->adopt(first, count, fd);
  capacity_pages_ = first + count;
  seg_->header().extent_pages.store(capacity_pages_);
  spdlog::info("added the segment {} of {} MiB{}: the extent of {} is {} MiB", segment_file_name(first),
               count * kPageSize >> 20, how, repo_, capacity_pages_ * kPageSize >> 20);
}

void Stone::adopt_growth(bool wait) {
  if (wait && grower_->busy()) grower_->advance_deadline(Clock::now());  // no more pacing: needed now
  uint64_t first = 0, count = 0;
  int fd = -1;
  Status s;
  if (!grower_->finish(wait, &first, &count, &fd, &s)) return;
  if (!s.ok()) {
    grow_ahead_failed_ = true;   // the commit path tries again when it needs the room
    spdlog::warn("repository {}: creating the next segment ahead of need failed: {}", repo_, s.to_string());
    return;
  }
  add_segment(first, count, fd, " (ahead of need)");
}

// Starts creating the next segment once less than a segment's room is left, and keeps
// its deadline at three quarters of the time the room left lasts at the rate commits
// consume it (measured over the last ~50 ms windows): the zeros are spread just ahead of
// need (a burst pulls the deadline in, and it never moves later: an idle stone writes them
// within 10 s).
void Stone::grow_ahead() {
  adopt_growth(false);
  const auto now = Clock::now();
  const uint64_t used = std::max(st_.append_page, inflight_ ? next_st_.append_page : 0);
  if (now - rate_at_ >= std::chrono::milliseconds(50)) {
    double dt = std::chrono::duration<double>(now - rate_at_).count();
    double r = double(used - std::min(used, rate_page_)) / dt;
    pages_per_s_ = 0.5 * pages_per_s_ + 0.5 * r;
    rate_at_ = now;
    rate_page_ = used;
  }
  const uint64_t room = capacity_pages_ - std::min(capacity_pages_, used);
  double seconds = pages_per_s_ > 1 ? 0.75 * double(room) / pages_per_s_ : 10;
  auto deadline = now + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(std::min(seconds, 10.0)));
  if (grower_->busy()) {
    grower_->advance_deadline(deadline);
    return;
  }
  if (grow_ahead_failed_ || failed_ || room >= segment_pages()) return;
  grower_->start(capacity_pages_, segment_pages(), deadline);
}

// Superblock checkpoints. A checkpoint may name a batch only once every tree page it
// deferred, and every page before it, is on disk: the pending deferred pages are
// written and synced by a flush (DeferredWriter) first, and the state as of the flush's
// start is checkpointed when it is done. A flush starts once enough deferred pages are
// pinned in the cache or enough was appended since the last checkpoint; `final` (clean
// shutdown) waits for it and checkpoints the newest batch.
void Stone::checkpoint(bool final) {
  for (;;) {
    Status r;
    DeferredWriter::Frames frames;
    if (deferred_->finish(final, &r, &frames)) {
      if (!r.ok()) {
        spdlog::critical("repository {}: writing deferred tree pages failed: {}; the stone refuses "
                         "further writes", repo_, r.to_string());
        failed_ = stop_ = true;
        return;
      }
      for (auto& [f, page] : frames) seg_->unpin(f, page);
      if (crash_point_armed("after_tree_flush_before_checkpoint"))
        crash_point("after_tree_flush_before_checkpoint");
      write_superblock(&ckpt_st_);
    }
    if (failed_ || deferred_->busy()) return;
    bool due = final ? st_.record_page != st_.checkpoint_page
                     : deferred_->pending_pages() >= deferred_limit_ ||
                           st_.append_page - st_.checkpoint_page > checkpoint_pages_;
    if (!due) return;
    ckpt_st_ = st_;
    if (deferred_->pending_pages() == 0) {
      write_superblock(&ckpt_st_);
      return;
    }
    deferred_->start_flush();
    if (!final) return;
  }
}

// Keeps this thread and the I/O backend's workers on the CPU that takes the extent's
// disk interrupts (txn/cpu_placement.h): the completions then wake them without an IPI.
void Stone::place_commit_path() {
  std::optional<int> cpu;
  if (opt_.cpu == "auto") cpu = disk_interrupt_cpu(files_->superblock_fd());
  else if (opt_.cpu != "none") cpu = std::atoi(opt_.cpu.c_str());
  if (!cpu) {
    spdlog::info("commit path on any CPU ({})", opt_.cpu == "none" ? "--cpu none" : "no single CPU takes the disk's interrupts");
    return;
  }
  Status s = pin_thread(*cpu);
  if (s.ok()) s = io_->pin_workers(*cpu);
  if (s.ok()) spdlog::info("commit path on CPU {} (the disk's interrupts{})", *cpu, opt_.cpu == "auto" ? "" : ": --cpu");
  else spdlog::warn("could not keep the commit path on CPU {}: {}", *cpu, s.to_string());
}

void Stone::write_superblock(ExtentState* covered) {
  Status s = write_checkpoint(*io_, covered);
  if (!s.ok()) {
    spdlog::error("repository {}: checkpoint failed: {}", repo_, s.to_string());
    return;
  }
  st_.sb_generation = covered->sb_generation;
  st_.checkpoint_page = covered->checkpoint_page;
  spdlog::info("checkpoint at commit {} (page {})", covered->last_commit, covered->record_page);
}

void Stone::publish_inflight() {
  const Clock::time_point start = Clock::now();
  seg_->publish(pub_);
  auto now = Clock::now();
  auto& stats = seg_->stats();
  awaited_.clear();
  gather_deadline_ = now + std::chrono::microseconds(opt_.gather_us);
  // Counted before any acknowledgement goes out: a VM that reads the statistics right
  // after its commit returns must find its commit counted.
  for (Ack& a : acks_) {
    uint64_t us = micros_between(a.received, now);
    stats.commit_latency_us[shared_cache::latency_bucket(us)].value.fetch_add(1, std::memory_order_relaxed);
    stats.commit_latency_sum_us.value.fetch_add(us, std::memory_order_relaxed);
  }
  stats.commits.value.fetch_add(acks_.size(), std::memory_order_release);
  bool gather = opt_.gather_us > 0;
  int32_t through_slots = 0;
  for (Ack& a : acks_) through_slots += a.to.fd >= 0 && a.to.slot >= 0;
  channel_->expect(gather ? through_slots : 0);  // before any answer: they count it down
  for (Ack& a : acks_) {
    if (a.to.fd < 0) continue;
    if (a.to.slot >= 0) {
      channel_->reply_committed(static_cast<uint32_t>(a.to.slot), a.to.seq, a.commit, gather,
                                IdGrant{a.grant_first, a.want_ids});
    } else {
      ack_sender_.add(a.to.fd, a.commit);
    }
    if (gather) awaited_.insert(a.to.fd);
  }
  channel_->flush_wakes();
  ack_sender_.flush();
  commits_since_prune_ += acks_.size();
  shared_cache::record_phase(stats, shared_cache::kPhasePublish, micros_between(start, Clock::now()));
}

void Stone::complete_batch(const Status& result) {
  inflight_ = false;
  auto& stats = seg_->stats();
  if (!result.ok()) {
    failed_ = true;
    spdlog::critical("repository {}: {}; the stone refuses further writes", repo_, result.to_string());
    if (!published_early_)
      for (Ack& a : acks_)
        reply_error(a.to, result.code(), "commit failed, repository " + repo_ + ": " + result.message());
    acks_.clear();
    stop_ = true;
    return;
  }
  crash_point("after_sync_before_publish");
  uint64_t us = micros_between(submitted_, Clock::now());
  stats.sync_latency_us[shared_cache::latency_bucket(us)].value.fetch_add(1, std::memory_order_relaxed);
  stats.sync_latency_sum_us.value.fetch_add(us, std::memory_order_relaxed);
  stats.syncs.value.fetch_add(1, std::memory_order_relaxed);
  stats.batches.value.fetch_add(1, std::memory_order_relaxed);
  stats.pages_written.value.fetch_add(written_pages_, std::memory_order_relaxed);
  stats.bytes_appended.value.fetch_add(written_pages_ * kPageSize, std::memory_order_relaxed);
  uint64_t next_oop = st_.next_oop;  // allocations made while in flight
  st_ = next_st_;
  st_.next_oop = std::max(next_oop, next_st_.next_oop);
  for (auto& [f, page] : pinned_) seg_->unpin(f, page);
  pinned_.clear();
  if (!published_early_) publish_inflight();
  acks_.clear();
  const uint64_t deferred_pages = pages_->pages() - written_pages_;
  deferred_->add(pages_->first_page() + written_pages_, pages_->take_bytes(), written_pages_ * kPageSize,
                 deferred_pages, deferred_frames_);
  deferred_frames_.clear();
  checkpoint(false);
  if (commits_since_prune_ > 4096 || last_writer_.size() > (1u << 20)) prune_writers();
  grow_ahead();
}

void Stone::prune_writers() {
  commits_since_prune_ = 0;
  uint64_t oldest = st_.last_commit;
  for (auto& [fd, c] : conns_)
    if (c.slot >= 0) oldest = std::min(oldest, seg_->session(static_cast<uint32_t>(c.slot)).snapshot.load());
  for (Request& r : queue_) {
    uint64_t snap;
    std::memcpy(&snap, r.body.data(), 8);
    oldest = std::min(oldest, snap);
  }
  std::erase_if(last_writer_, [&](const auto& kv) { return kv.second <= oldest; });
}

void Stone::reap_dead_sessions() {
  std::vector<int> dead;
  for (auto& [fd, c] : conns_)
    if (c.pid != 0 && ::kill(static_cast<pid_t>(c.pid), 0) != 0 && errno == ESRCH) dead.push_back(fd);
  for (int fd : dead) close_conn(fd);
}

// Before the stone sleeps with nothing queued: when the one or two sessions the last
// batch acknowledged are expected to post again within microseconds, polls their slots
// for up to the spin budget (AdaptiveSpin), saving the sleep, the VM's wake-up call and
// the stone's wake-up. True when a request came.
bool Stone::spin_for_awaited() {
  constexpr size_t kSpinSessions = 2;
  if (inflight_ || stop_ || !queue_.empty() || awaited_.empty() || awaited_.size() > kSpinSessions ||
      !spin_.should_spin())
    return false;
  auto deadline = Clock::now() + std::chrono::microseconds(spin_.budget_us());
  do {
    if (intake() > 0) {
      spin_.record(true);
      return true;
    }
    cpu_relax();
  } while (Clock::now() < deadline);
  spin_.record(false);
  return false;
}

Status Stone::run() {
  epoll_event evs[64];
  auto ready_to_start = [&] {
    return !inflight_ && !queue_.empty() && !stop_ &&
           (awaited_.empty() || Clock::now() >= gather_deadline_);
  };
  while (!stop_ || inflight_) {
    timespec timeout{1, 0};
    if (!inflight_ && !queue_.empty() && !stop_) {
      auto left = std::chrono::duration_cast<std::chrono::nanoseconds>(gather_deadline_ - Clock::now()).count();
      timeout = timespec{0, awaited_.empty() || left < 0 ? 0 : static_cast<long>(left)};
    }
    // Sleeping: posting VMs wake the stone when it is idle, or when the last session of
    // the previous batch is back while it gathers; otherwise (it is busy, e.g. syncing a
    // batch) they wake nobody and it collects their requests when it is done. The slots
    // are looked at once more after the flag is set: a VM that posted before it saw
    // nothing to wake.
    bool blocks = timeout.tv_sec != 0 || timeout.tv_nsec != 0;
    if (blocks && spin_for_awaited()) {
      blocks = false;
      timeout = timespec{0, 0};
    }
    if (blocks && !inflight_ && !stop_) {
      channel_->sleep_as(queue_.empty() ? shared_cache::kStoneIdle : shared_cache::kStoneGathering);
      if (intake() > 0) timeout = timespec{0, 0};
    }
    int n = wait_events(epoll_fd_, evs, 64, timeout);
    if (n < 0 && errno != EINTR) return errno_status(errno, "epoll_wait");
    channel_->awake();
    for (int i = 0; i < n; ++i) {
      int fd = evs[i].data.fd;
      if (fd == channel_->event_fd()) {
        channel_->drain();
      } else if (fd == listen_fd_) {
        accept_conn();
      } else if (fd == signal_fd_) {
        signalfd_siginfo si;
        while (::read(signal_fd_, &si, sizeof si) == sizeof si) {
          spdlog::info("signal {} received: shutting down", si.ssi_signo);
          stop_ = true;
        }
      } else {
        read_conn(fd);
      }
    }
    intake();
    if (ready_to_start()) start_batch();   // written, synced and published when it returns
    channel_->flush_wakes();  // answers given outside a publication (conflicts, errors)
    if (!inflight_ && deferred_->busy()) checkpoint(false);  // an idle stone's flush
    if (Clock::now() - last_reap_ > std::chrono::seconds(1)) {
      last_reap_ = Clock::now();
      reap_dead_sessions();
    }
  }
  for (Request& r : queue_) reply_error(r.from, Errc::kStoneGone, "the stone is shutting down");
  channel_->flush_wakes();
  queue_.clear();
  adopt_growth(true);
  if (!failed_) checkpoint(true);
  spdlog::info("maglev-stone {} stopped at commit {}", ::getpid(), st_.last_commit);
  return failed_ ? Status(Errc::kIo, "stopped after an I/O failure") : Status();
}

}  // namespace

Status run_stone(const StoneOptions& options) {
  Stone stone(options);
  Status s = stone.start();
  if (options.ready_fd >= 0) {
    std::string msg = s.ok() ? std::string("ok\n") : s.to_string() + "\n";
    if (::write(options.ready_fd, msg.data(), msg.size()) < 0) { /* parent gone */ }
    ::close(options.ready_fd);
  }
  if (!s.ok()) {
    spdlog::error("maglev-stone cannot start: {}", s.to_string());
    return s;
  }
  return stone.run();
}

}  // namespace maglev::txn
