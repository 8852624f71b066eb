// measure — runs pitchcheck for a hardening case and reports what it cost: peak resident memory and wall
// time. tests.cmake gives it to tests/cli/run_case.cmake as the program to run, so each case file is the
// same data as a CLI case; this program then runs the real pitchcheck with the case's arguments.
//
//   PC_RUN=path/to/pitchcheck pc_hardening_measure ARGS…
//
// Standard input, output and error are the child's; the exit status is the child's. Afterwards one line
// "[measured: peak RSS 713 MiB, 8.3 s]" is added to standard error (and to the file PC_MEASURE_LOG names,
// with the arguments, for the README's table). Environment:
//   PC_RSS_LIMIT_MB   exit 125 ("over the memory limit") when the peak RSS is above this many MiB; the
//                     sanitizer build multiplies it by PC_RSS_LIMIT_SCALE
//   PC_DROP_DAC=1     drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH before running, so that file permissions
//                     bind root too (CI runs as root; chmod 000 stops nobody else). Not root: nothing to do.
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

double env_number(const char* name, double fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::atof(v) : fallback;
}

// Root passes every permission check by these two capabilities. Dropping them from the bounding set means
// the exec'd child (whose capabilities, as root, are the bounding set) has them no longer.
bool drop_dac() {
  if (geteuid() != 0) return true;
  for (const int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH}) {
    if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0) {
      std::fprintf(stderr, "measure: cannot drop capability %d (%s): run this test as a normal user\n", cap,
                   std::strerror(errno));
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const char* program = std::getenv("PC_RUN");
  if (program == nullptr || *program == '\0') {
    std::fprintf(stderr, "measure: set PC_RUN to the program to run\n");
    return 126;
  }
  if (std::getenv("PC_DROP_DAC") != nullptr && !drop_dac()) return 126;

  const auto started = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child < 0) {
    std::perror("measure: fork");
    return 126;
  }
  if (child == 0) {
    std::vector<char*> args{const_cast<char*>(program)};
    for (int i = 1; i < argc; ++i) args.push_back(argv[i]);
    args.push_back(nullptr);
    execv(program, args.data());
    std::perror("measure: exec");
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) != child) {
    std::perror("measure: wait4");
    return 126;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const double peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

  std::fflush(stdout);
  std::fprintf(stderr, "[measured: peak RSS %.0f MiB, %.1f s, exit %d]\n", peak_mib, seconds, code);
  if (const char* log = std::getenv("PC_MEASURE_LOG"); log != nullptr && *log != '\0') {
    std::ofstream out(log, std::ios::app);
    out << "pitchcheck";
    for (int i = 1; i < argc; ++i) out << ' ' << argv[i];
    char line[96];
    std::snprintf(line, sizeof line, ": exit %d, peak RSS %.0f MiB, %.1f s\n", code, peak_mib, seconds);
    out << line;
  }
  const double limit = env_number("PC_RSS_LIMIT_MB", 0.0) * env_number("PC_RSS_LIMIT_SCALE", 1.0);
  if (limit > 0.0 && peak_mib > limit) {
    std::fprintf(stderr, "measure: peak RSS %.0f MiB is over the limit of %.0f MiB\n", peak_mib, limit);
    return 125;
  }
  return code;
}
