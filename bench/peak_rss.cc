// peak-rss: runs a command and reports the peak resident set size of that command alone.
//
// usage: peak-rss REPORT-FILE COMMAND [ARGS...]
//
// bench/run-vm starts each benchmark child through this launcher. The kernel carries a
// process's peak RSS across fork and exec into the child's ru_maxrss, so a child started
// straight from the Python harness reads at least the harness's own peak (~15 MB); this
// small process forks the command itself, so the figure is the command's (or, for tiny
// commands, this launcher's ~1 MB). Writes the child's ru_maxrss in KiB to REPORT-FILE and
// exits with the child's status (128 + signal number when a signal ended it). stdin,
// stdout and stderr are the command's. The child dies with the launcher (PDEATHSIG), so a
// harness that kills the launcher on a timeout leaves nothing behind.
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: peak-rss REPORT-FILE COMMAND [ARGS...]\n");
    return 2;
  }
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    std::perror("peak-rss: fork");
    return 2;
  }
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);   // the launcher died before prctl
    execvp(argv[2], argv + 2);
    std::fprintf(stderr, "peak-rss: %s: %s\n", argv[2], std::strerror(errno));
    _exit(127);
  }
  int status = 0;
  struct rusage usage {};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      std::perror("peak-rss: wait4");
      return 2;
    }
  }
  FILE* report = std::fopen(argv[1], "w");
  if (report == nullptr || std::fprintf(report, "%ld\n", usage.ru_maxrss) < 0 ||
      std::fclose(report) != 0) {
    std::perror("peak-rss: report");
    return 2;
  }
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}
