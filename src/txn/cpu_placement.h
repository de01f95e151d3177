// Where the stone's commit path runs. A lone commit's time on a small virtual machine
// goes largely to wake-ups of idle vCPUs (an IPI and a halt exit, ~25 us each here):
// the disk's completion interrupt lands on one CPU, and each thread it wakes elsewhere
// (the io_uring worker flushing, the kernel worker finishing an O_DIRECT write, the
// stone) costs one such wake-up per interrupt. The stone therefore keeps its thread
// and its io_uring workers on the CPU that handles the extent's disk interrupts, when
// one CPU handles (nearly) all of them; its background threads (growth, deferred
// flushes) run anywhere. Stone only; Linux sysfs and /proc/interrupts.
#pragma once

#include <optional>
#include <string>

#include "shared_cache/status.h"

namespace maglev::txn {

// The CPU that handled at least 90% of the interrupts of the block device holding the
// file `fd` (its PCI function's MSI vectors, counted in /proc/interrupts), if any:
// none for tmpfs, loop devices, or a disk whose queues spread over several CPUs.
std::optional<int> disk_interrupt_cpu(int fd);

// Pins the calling thread to `cpu`, remembering the mask it had; unpin_thread() puts
// a thread (e.g. a background thread started by the pinned one) back on that mask.
Status pin_thread(int cpu);
void unpin_thread();

}  // namespace maglev::txn
