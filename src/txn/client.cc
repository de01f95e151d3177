// The client Session (what a VM links): socket to the stone for allocation and
// commits; snapshots, reads and change lists straight from the shared segment, with
// misses faulted in from the extent.
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "shared_cache/shared_cache.h"
#include "txn/object_table.h"
#include "txn/page_reader.h"
#include "txn/protocol.h"
#include "txn/slot_channel.h"
#include "txn/txn.h"

namespace maglev::txn {

namespace fs = std::filesystem;
using shared_cache::Publication;
using shared_cache::Segment;

class SessionImpl {
 public:
  ~SessionImpl() {
    detach();
    if (sock >= 0) ::close(sock);
  }
  Status error_reply(const std::vector<uint8_t>& p) {
    uint32_t code = static_cast<uint32_t>(Errc::kProtocol);
    if (p.size() >= 8) std::memcpy(&code, p.data(), 4);
    std::string msg = p.size() > 8 ? std::string(p.begin() + 8, p.end()) : "stone error";
    return Status(static_cast<Errc>(code), msg);
  }
  void detach();
  shared_cache::ShmSession& shm() { return seg->session(static_cast<uint32_t>(slot)); }
  void read_changes();
  // The write of `oop` in the buffered batch, or nullptr (indexes the batch at the first
  // look after it changed).
  const MsgWrite* batch_write(Oop oop);
  size_t batch_bytes() const {
    return batch.data_.size() > sizeof(MsgCommit) ? batch.data_.size() - sizeof(MsgCommit) : 0;
  }
  MsgCommit request_header(uint32_t want_ids) const {
    return MsgCommit{snap.last_commit, static_cast<uint32_t>(writes.size()) + batch.count_, want_ids};
  }
  uint32_t ids_to_want() const;
  void take_grant(const IdGrant& grant);
  size_t request_size() const;
  void build_request(uint8_t* out, uint32_t want_ids) const;
  Status call_commit(MsgType* type, std::vector<uint8_t>* reply);
  void drop_writes() {
    writes.clear();
    batch = WriteBatch();
    batch_index.clear();
  }

  fs::path repo;
  int sock = -1;
  std::unique_ptr<ExtentFiles> files;  // read-only
  std::unique_ptr<Segment> seg;
  std::unique_ptr<ChannelClient> channel;  // commits that fit go through the slot
  int32_t slot = -1;
  uint64_t token = 0;
  pid_t owner = 0;             // the attaching process (a forked child must not detach)
  std::unique_ptr<CachedExtentReader> reader;
  bool in_txn = false;
  Publication snap;
  uint64_t prev_seq = 0;
  Changes changes;             // between publications changes_from and changes_to
  uint64_t changes_from = 0, changes_to = 0;
  bool changes_ready = true;
  std::map<Oop, Object> writes;
  WriteBatch batch;                                  // write(WriteBatch&&)
  std::unordered_map<Oop, uint32_t> batch_index;     // oop -> offset of its MsgWrite
  // allocate()'s ids: the pool, then the next range, granted with a commit's reply (see
  // ids_to_want), then more asked for on the socket.
  Oop pool_next = 0, pool_end = 0;
  Oop granted_next = 0, granted_end = 0;
  uint64_t allocated = 0;      // by allocate() since the last commit request
  uint64_t alloc_chunk = 16;
  uint64_t aborts = 0;
};

// Ends the session with the stone before the socket closes, so that its slot is free
// (and maglev_sessions / `maglev status` right) as soon as this returns, not whenever
// the stone notices the closed socket. Only a process that dies without this (killed)
// leaves the slot to be reclaimed when the stone sees the connection drop. A stone
// that does not answer within a few seconds is not waited for longer: closing the
// socket then frees the slot the same way.
void SessionImpl::detach() {
  if (sock < 0 || slot < 0 || owner != ::getpid()) return;
  timeval limit{5, 0};
  ::setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
  uint64_t zero = 0;
  MsgType type;
  std::vector<uint8_t> p;
  if (send_msg(sock, MsgType::kDetach, &zero, sizeof zero).ok()) (void)recv_msg(sock, &type, &p);
  slot = -1;
}

Session::Session(std::unique_ptr<SessionImpl> impl) : impl_(std::move(impl)) {}
Session::~Session() = default;
Session::Session(Session&&) noexcept = default;

Result<Session> Session::attach(const fs::path& repo) {
  auto impl = std::make_unique<SessionImpl>();
  impl->repo = repo;
  std::string sp = socket_path(repo).string();
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (sp.size() >= sizeof addr.sun_path)
    return Status(Errc::kInvalid, "socket path too long: " + sp);
  std::memcpy(addr.sun_path, sp.c_str(), sp.size() + 1);
  impl->sock = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (impl->sock < 0) return errno_status(errno, "socket");
  if (::connect(impl->sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    int err = errno;
    if (err == ENOENT || err == ECONNREFUSED)
      return Status(Errc::kNotFound, "no maglev-stone is running for repository " +
                                         repo.string() + " (start one with: maglev start --repo " +
                                         repo.string() + ")");
    return errno_status(err, "connecting to the stone of repository " + repo.string());
  }
  MsgHello hello{kProtocolVersion, static_cast<uint32_t>(::getpid())};
  Status s = send_msg(impl->sock, MsgType::kHello, &hello, sizeof hello);
  MsgType type;
  std::vector<uint8_t> p;
  int wake_fd = -1;
  if (s.ok()) s = recv_msg(impl->sock, &type, &p, &wake_fd);
  if (!s.ok()) return Status(s.code(), "attaching to repository " + repo.string() + ": " + s.message());
  if (type == MsgType::kError) return impl->error_reply(p);
  if (type != MsgType::kWelcome || p.size() != sizeof(MsgWelcome) || wake_fd < 0) {
    if (wake_fd >= 0) ::close(wake_fd);
    return Status(Errc::kProtocol, "unexpected reply to hello");
  }
  MsgWelcome w;
  std::memcpy(&w, p.data(), sizeof w);
  w.segment[sizeof w.segment - 1] = '\0';
  auto seg = Segment::attach(w.segment, false);
  if (!seg.ok()) {
    ::close(wake_fd);
    return seg.status();
  }
  impl->seg = std::move(*seg);
  impl->channel = std::make_unique<ChannelClient>(impl->seg.get(), w.slot, impl->sock, wake_fd);
  impl->slot = static_cast<int32_t>(w.slot);
  impl->token = w.token;
  impl->owner = ::getpid();
  auto files = ExtentFiles::open(repo, false);
  if (!files.ok()) return files.status();
  impl->files = std::move(*files);
  impl->reader = std::make_unique<CachedExtentReader>(impl->seg.get(), impl->files.get(),
                                                      impl->slot, repo.string());
  impl->snap = impl->seg->newest();
  impl->prev_seq = impl->snap.seq;
  return Session(std::move(impl));
}

Result<uint64_t> Session::begin() {
  SessionImpl& m = *impl_;
  Publication p = m.seg->newest();
  // The change list is read from the publications' op lists only when asked for.
  m.changes_from = m.prev_seq;
  m.changes_to = p.seq;
  m.changes_ready = false;
  m.prev_seq = p.seq;
  m.snap = p;
  m.in_txn = true;
  m.shm().txn_state.store(shared_cache::kTxnOpen, std::memory_order_relaxed);
  timespec ts;
  ::clock_gettime(CLOCK_REALTIME, &ts);
  m.shm().snapshot.store(p.last_commit, std::memory_order_relaxed);
  m.shm().snapshot_time_ns.store(uint64_t(ts.tv_sec) * 1000000000ULL + uint64_t(ts.tv_nsec),
                                 std::memory_order_relaxed);
  return p.last_commit;
}

// Oops written by other sessions in publications (from, to]. A publication already
// overwritten in the ring, or an op list that cannot be read, makes it `everything`
// (refresh every local copy: always a correct answer).
void SessionImpl::read_changes() {
  changes = Changes();
  changes_ready = true;
  std::unordered_set<Oop> seen;
  std::vector<uint8_t> list;
  for (uint64_t seq = changes_from + 1; seq <= changes_to; ++seq) {
    Publication q;
    if (!seg->publication(seq, &q)) {
      changes.everything = true;
      return;
    }
    if (q.oplist_page == 0) continue;
    list.resize(q.oplist_length);
    if (!read_stream(*reader, q.oplist_page, q.oplist_offset, q.oplist_length, list.data()).ok()) {
      changes.everything = true;
      return;
    }
    for (size_t at = 0; at + 24 <= list.size();) {
      uint64_t from;
      uint32_t count;
      std::memcpy(&from, list.data() + at + 8, 8);
      std::memcpy(&count, list.data() + at + 16, 4);
      at += 24;
      for (uint32_t i = 0; i < count && at + 8 <= list.size(); ++i, at += 8) {
        if (from == token) continue;
        Oop oop;
        std::memcpy(&oop, list.data() + at, 8);
        if (seen.insert(oop).second) changes.oops.push_back(oop);
      }
    }
  }
}

bool Session::wait_for_commit(uint64_t timeout_us) {
  return impl_->seg->wait_for_publication(impl_->snap.seq, timeout_us);
}

uint64_t Session::snapshot() const { return impl_->snap.last_commit; }
bool Session::in_transaction() const { return impl_->in_txn; }
std::map<std::string, uint64_t> Session::cache_statistics() const {
  return shared_cache::counter_map(shared_cache::read_counters(*impl_->seg));
}
Changes Session::changes() const {
  if (!impl_->changes_ready) impl_->read_changes();
  return impl_->changes;
}

const MsgWrite* SessionImpl::batch_write(Oop oop) {
  if (batch.empty()) return nullptr;
  if (batch_index.empty()) {
    size_t at = sizeof(MsgCommit);
    for (uint32_t i = 0; i < batch.count_; ++i) {
      MsgWrite w;
      std::memcpy(&w, batch.data_.data() + at, sizeof w);
      batch_index.emplace(w.oop, static_cast<uint32_t>(at));
      at += sizeof w + pad8(w.size);
    }
  }
  auto it = batch_index.find(oop);
  return it == batch_index.end() ? nullptr
                                 : reinterpret_cast<const MsgWrite*>(batch.data_.data() + it->second);
}

Result<std::optional<Object>> Session::read(Oop oop) {
  Object o;
  auto got = read_into(oop, &o.bytes, &o.class_id);
  if (!got.ok()) return got.status();
  if (!*got) return std::optional<Object>();
  return std::optional<Object>(std::move(o));
}

Result<bool> Session::read_into(Oop oop, std::vector<uint8_t>* out, ClassId* class_id) {
  SessionImpl& m = *impl_;
  if (auto it = m.writes.find(oop); it != m.writes.end()) {
    if (class_id) *class_id = it->second.class_id;
    out->insert(out->end(), it->second.bytes.begin(), it->second.bytes.end());
    return true;
  }
  if (const MsgWrite* w = m.batch_write(oop)) {
    if (class_id) *class_id = w->class_id;
    const uint8_t* p = reinterpret_cast<const uint8_t*>(w) + sizeof *w;
    out->insert(out->end(), p, p + w->size);
    return true;
  }
  DiskObjEntry e;
  bool found = false;
  Status s = tree_lookup(*m.reader, TreeRoot{m.snap.root_page, static_cast<uint32_t>(m.snap.tree_height)},
                         oop, &e, &found);
  if (!s.ok()) return s;
  if (!found) return false;
  size_t at = out->size();
  out->resize(at + e.size);
  s = read_stream(*m.reader, e.page, e.offset, e.size, out->data() + at);
  if (!s.ok()) {
    out->resize(at);
    return s;
  }
  if (class_id) *class_id = e.class_id;
  return true;
}

Result<Oop> Session::allocate() {
  SessionImpl& m = *impl_;
  if (m.pool_next == m.pool_end && m.granted_next != m.granted_end) {
    m.pool_next = m.granted_next;
    m.pool_end = m.granted_end;
    m.granted_next = m.granted_end = 0;
  }
  if (m.pool_next == m.pool_end) {
    // Sessions that allocate a lot ask for more: the chunk doubles up to 4096 across
    // refills, and a transaction that has allocated more than that asks for as many
    // again (up to 1M): a commit of a million new objects takes ~20 round trips, not 250.
    uint64_t count = 0;
    auto first = allocate_range(std::max(m.alloc_chunk, std::min<uint64_t>(m.allocated, kMaxAllocIds)), &count);
    m.alloc_chunk = std::min<uint64_t>(m.alloc_chunk * 2, 4096);
    if (!first.ok()) return first.status();
    m.pool_next = *first;
    m.pool_end = m.pool_next + count;
  }
  ++m.allocated;
  return m.pool_next++;
}

// A session that allocated ids in this transaction and has fewer left than that asks
// the stone for as many again with the commit (no round trip of its own). The stone
// grants them at publication, so the ids the sessions of one batch use next are
// consecutive and their new objects share object-table leaves (ids from private pools of
// thousands put each session's objects in a leaf of their own: a batch of 16 one-object
// commits rewrote 16 leaves).
uint32_t SessionImpl::ids_to_want() const {
  if (allocated == 0 || granted_next != granted_end || pool_end - pool_next >= allocated) return 0;
  return static_cast<uint32_t>(std::min<uint64_t>(allocated, kMaxGrantIds));
}

void SessionImpl::take_grant(const IdGrant& grant) {
  if (grant.count == 0) return;
  granted_next = grant.first;
  granted_end = grant.first + grant.count;
}

Result<Oop> Session::allocate_range(uint64_t count, uint64_t* granted) {
  SessionImpl& m = *impl_;
  Status s = send_msg(m.sock, MsgType::kAlloc, &count, sizeof count);
  MsgType type;
  std::vector<uint8_t> p;
  if (s.ok()) s = recv_msg(m.sock, &type, &p);
  if (!s.ok()) return s;
  if (type == MsgType::kError) return m.error_reply(p);
  if (type != MsgType::kAllocated || p.size() != 16)
    return Status(Errc::kProtocol, "unexpected reply to allocate");
  Oop first;
  std::memcpy(&first, p.data(), 8);
  std::memcpy(granted, p.data() + 8, 8);
  if (*granted == 0) return Status(Errc::kProtocol, "the stone granted no ids");
  return first;
}

Status Session::write(Oop oop, ClassId class_id, const void* bytes, size_t size) {
  if (oop == 0) return Status(Errc::kInvalid, "object id 0 is never allocated");
  if (size > (1u << 30)) return Status(Errc::kInvalid, "object larger than 1 GiB");
  Object& o = impl_->writes[oop];
  o.class_id = class_id;
  o.bytes.assign(static_cast<const uint8_t*>(bytes), static_cast<const uint8_t*>(bytes) + size);
  return Status();
}

Status Session::write(Oop oop, ClassId class_id, std::vector<uint8_t>&& bytes) {
  if (oop == 0) return Status(Errc::kInvalid, "object id 0 is never allocated");
  if (bytes.size() > (1u << 30)) return Status(Errc::kInvalid, "object larger than 1 GiB");
  auto& writes = impl_->writes;   // new objects come in ascending id order: append
  Object& o = !writes.empty() && writes.rbegin()->first < oop
                  ? writes.emplace_hint(writes.end(), oop, Object{})->second
                  : writes[oop];
  o.class_id = class_id;
  o.bytes = std::move(bytes);
  return Status();
}

WriteBatch::WriteBatch() : data_(sizeof(MsgCommit)) {}

void WriteBatch::add(Oop oop, ClassId class_id, const void* bytes, size_t size) {
  if (oop == 0 || size > (1u << 30)) {
    invalid_ = true;
    return;
  }
  MsgWrite w{oop, class_id, static_cast<uint32_t>(size), 0};
  size_t at = data_.size();
  data_.resize(at + sizeof w + pad8(w.size));   // zero-filled: the padding
  std::memcpy(data_.data() + at, &w, sizeof w);
  if (size > 0) std::memcpy(data_.data() + at + sizeof w, bytes, size);
  ++count_;
}

Status Session::write(WriteBatch&& batch) {
  if (batch.invalid_) return Status(Errc::kInvalid, "a batch names object id 0 or an object larger than 1 GiB");
  SessionImpl& m = *impl_;
  m.batch_index.clear();
  if (m.batch.empty()) {
    m.batch = std::move(batch);
  } else {
    m.batch.data_.insert(m.batch.data_.end(), batch.data_.begin() + sizeof(MsgCommit), batch.data_.end());
    m.batch.count_ += batch.count_;
  }
  batch = WriteBatch();
  return Status();
}

// The commit request's size: MsgCommit, then per write MsgWrite + bytes (padded to 8).
size_t SessionImpl::request_size() const {
  size_t total = sizeof(MsgCommit) + batch_bytes();
  for (auto& [oop, o] : writes) total += sizeof(MsgWrite) + pad8(static_cast<uint32_t>(o.bytes.size()));
  return total;
}

// Lays the request out at `out` (request_size() bytes; the batch's writes last).
void SessionImpl::build_request(uint8_t* out, uint32_t want_ids) const {
  MsgCommit c = request_header(want_ids);
  std::memcpy(out, &c, sizeof c);
  size_t at = sizeof c;
  for (auto& [oop, o] : writes) {
    MsgWrite w{oop, o.class_id, static_cast<uint32_t>(o.bytes.size()), 0};
    std::memcpy(out + at, &w, sizeof w);
    if (w.size > 0) std::memcpy(out + at + sizeof w, o.bytes.data(), w.size);
    std::memset(out + at + sizeof w + w.size, 0, pad8(w.size) - w.size);
    at += sizeof w + pad8(w.size);
  }
  if (batch_bytes() > 0) std::memcpy(out + at, batch.data_.data() + sizeof(MsgCommit), batch_bytes());
}

// Sends the request and reads the answer: through the slot when it fits there, else on
// the socket. The reply's type and payload are what the socket would have carried.
Status SessionImpl::call_commit(MsgType* type, std::vector<uint8_t>* reply) {
  size_t size = request_size();
  uint32_t want_ids = ids_to_want();
  allocated = 0;
  if (size <= channel->capacity()) {
    build_request(channel->area(), want_ids);
    uint64_t commit = 0;
    IdGrant grant;
    auto kind = channel->call(static_cast<uint32_t>(size), &commit, &grant);
    if (!kind.ok()) return kind.status();
    if (*kind == shared_cache::kReplyCommitted) {
      take_grant(grant);
      *type = MsgType::kCommitted;
      reply->resize(8);
      std::memcpy(reply->data(), &commit, 8);
      return Status();
    }
    return recv_msg(sock, type, reply);
  }
  // A batch alone is the message already (its first bytes are room for the header).
  std::vector<uint8_t> built;
  std::vector<uint8_t>& msg = writes.empty() && batch.data_.size() >= sizeof(MsgCommit) ? batch.data_ : built;
  if (&msg == &built) {
    built.resize(size);
    build_request(built.data(), 0);
  } else {
    MsgCommit c = request_header(0);
    std::memcpy(msg.data(), &c, sizeof c);
  }
  Status s = send_msg(sock, MsgType::kCommit, msg.data(), msg.size());
  if (s.ok()) s = recv_msg(sock, type, reply);
  return s;
}

CommitResult Session::commit() {
  SessionImpl& m = *impl_;
  m.seg->populate();   // a committing session reads what every later commit installs
  CommitResult r;
  m.shm().txn_state.store(shared_cache::kTxnCommitting, std::memory_order_relaxed);
  MsgType type;
  std::vector<uint8_t> p;
  r.status = m.call_commit(&type, &p);
  m.in_txn = false;
  m.shm().txn_state.store(shared_cache::kTxnIdle, std::memory_order_relaxed);
  if (r.status.code() == Errc::kStoneGone)
    r.status = Status(Errc::kStoneGone, "the stone of repository " + m.repo.string() +
                                            " went away (killed or stopped): nothing was acknowledged; "
                                            "attach again once it is restarted");
  if (!r.status.ok()) return r;
  if (type == MsgType::kCommitted && p.size() == 8) {
    std::memcpy(&r.commit, p.data(), 8);
    m.drop_writes();
    m.shm().commits.fetch_add(1, std::memory_order_relaxed);
  } else if (type == MsgType::kConflict && p.size() >= 8) {
    uint64_t n;
    std::memcpy(&n, p.data(), 8);
    r.conflicts.resize(std::min<uint64_t>(n, (p.size() - 8) / 8));
    std::memcpy(r.conflicts.data(), p.data() + 8, r.conflicts.size() * 8);
    r.status = Status(Errc::kConflict, std::to_string(n) + " object(s) were committed first by another session");
    m.shm().conflicts.fetch_add(1, std::memory_order_relaxed);
  } else if (type == MsgType::kError) {
    r.status = m.error_reply(p);
  } else {
    r.status = Status(Errc::kProtocol, "unexpected reply to commit");
  }
  return r;
}

void Session::abort() {
  impl_->drop_writes();
  impl_->in_txn = false;
  impl_->shm().txn_state.store(shared_cache::kTxnIdle, std::memory_order_relaxed);
  impl_->shm().aborts.fetch_add(1, std::memory_order_relaxed);
}

SessionStats Session::stats() const {
  SessionImpl& m = *impl_;
  SessionStats st;
  auto& s = m.shm();
  st.snapshot = m.snap.last_commit;
  st.commits = s.commits.load();
  st.conflicts = s.conflicts.load();
  st.aborts = s.aborts.load();
  st.lookups = s.lookups.load();
  st.hits = s.hits.load();
  st.disk_reads = m.reader->disk_reads();
  return st;
}

}  // namespace maglev::txn
