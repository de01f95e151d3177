// Implements the stone's CPU placement (see cpu_placement.h).
#include "txn/cpu_placement.h"

#include <sched.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

namespace maglev::txn {

namespace {

namespace fs = std::filesystem;

// The MSI vectors of the device behind the block device `dev`: the first directory
// with msi_irqs up from its sysfs node (partition -> disk -> virtio/nvme -> PCI).
std::set<int> device_irqs(dev_t dev) {
  std::error_code ec;
  fs::path p = fs::canonical(fs::path("/sys/dev/block") /
                                 (std::to_string(major(dev)) + ":" + std::to_string(minor(dev))), ec);
  std::set<int> irqs;
  if (ec) return irqs;
  for (; !p.empty() && p != p.root_path(); p = p.parent_path()) {
    if (!fs::is_directory(p / "msi_irqs", ec)) continue;
    for (const auto& e : fs::directory_iterator(p / "msi_irqs", ec)) irqs.insert(std::atoi(e.path().filename().c_str()));
    break;
  }
  return irqs;
}

cpu_set_t& saved_mask() {
  static cpu_set_t mask;
  return mask;
}
bool saved = false;

}  // namespace

std::optional<int> disk_interrupt_cpu(int fd) {
  struct stat st;
  if (::fstat(fd, &st) != 0 || major(st.st_dev) == 0) return std::nullopt;
  std::set<int> irqs = device_irqs(st.st_dev);
  if (irqs.empty()) return std::nullopt;
  std::ifstream in("/proc/interrupts");
  std::string line;
  if (!std::getline(in, line)) return std::nullopt;
  size_t cpus = 0;
  for (std::istringstream h(line); h >> line;) ++cpus;
  std::vector<unsigned long long> per_cpu(cpus, 0);
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    int irq = -1;
    char colon = 0;
    if (!(ls >> irq >> colon) || colon != ':' || irqs.count(irq) == 0) continue;
    for (size_t c = 0; c < cpus; ++c) {
      unsigned long long n = 0;
      if (!(ls >> n)) break;
      per_cpu[c] += n;
    }
  }
  unsigned long long total = 0, best = 0;
  int best_cpu = -1;
  for (size_t c = 0; c < cpus; ++c) {
    total += per_cpu[c];
    if (per_cpu[c] > best) best = per_cpu[c], best_cpu = static_cast<int>(c);
  }
  if (cpus < 2 || total == 0 || best * 10 < total * 9) return std::nullopt;
  return best_cpu;
}

Status pin_thread(int cpu) {
  cpu_set_t was;
  if (::sched_getaffinity(0, sizeof was, &was) != 0) return errno_status(errno, "sched_getaffinity");
  if (!CPU_ISSET(cpu, &was)) return Status(Errc::kInvalid, "CPU " + std::to_string(cpu) + " is not allowed");
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(cpu, &one);
  if (::sched_setaffinity(0, sizeof one, &one) != 0) return errno_status(errno, "sched_setaffinity");
  saved_mask() = was;
  saved = true;
  return Status();
}

void unpin_thread() {
  if (saved) (void)::sched_setaffinity(0, sizeof saved_mask(), &saved_mask());
}

}  // namespace maglev::txn
