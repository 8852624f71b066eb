#include "batch_runner.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace pitchcheck {
namespace {

struct Slot {
  Outcome outcome;
  bool done = false;
};

// An empty pitch is not worth a report: it is an input problem, like an unreadable file.
void analyse(const pitchclarity::Analyzer& analyzer, Outcome& o) {
  o.report = analyzer.analyze(o.pitch.text, o.pitch.id);
  for (const pitchclarity::Finding& f : o.report->findings) {
    if (f.rule == "input.empty") {
      o.pitch.error = "the pitch is empty";
      o.report.reset();
      return;
    }
  }
}

class Window {
 public:
  Window(const pitchclarity::Analyzer& analyzer, const RunHooks& hooks) : analyzer_(analyzer), hooks_(hooks) {}

  void worker() {
    std::unique_lock lock(mutex_);
    for (;;) {
      work_ready_.wait(lock, [&] { return stopping_ || !pending_.empty(); });
      if (pending_.empty()) return;
      Slot* slot = pending_.front();
      pending_.pop_front();
      lock.unlock();
      analyse(analyzer_, slot->outcome);
      if (slot->outcome.report && hooks_.render) hooks_.render(slot->outcome);
      lock.lock();
      slot->done = true;
      if (slot == &slots_.front()) head_done_.notify_one();
    }
  }

  std::size_t size() {
    std::lock_guard lock(mutex_);
    return slots_.size();
  }

  // std::deque keeps references to its elements valid when pushing at the back and popping at the front,
  // so workers may hold a Slot* while the window moves on.
  void push(Pitch&& pitch) {
    std::lock_guard lock(mutex_);
    Slot& slot = slots_.emplace_back();
    slot.outcome.pitch = std::move(pitch);
    if (!slot.outcome.pitch.error.empty()) {
      slot.done = true;
      return;
    }
    pending_.push_back(&slot);
    work_ready_.notify_one();
  }

  // Waits up to `timeout` for the oldest pitch; moves it out and returns true when it is done.
  bool pop_head(Outcome& out, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    if (!head_done_.wait_for(lock, timeout, [&] { return !slots_.empty() && slots_.front().done; })) return false;
    out = std::move(slots_.front().outcome);
    slots_.pop_front();
    return true;
  }

  void stop() {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    work_ready_.notify_all();
  }

 private:
  const pitchclarity::Analyzer& analyzer_;
  const RunHooks& hooks_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable head_done_;
  std::deque<Slot> slots_;
  std::deque<Slot*> pending_;
  bool stopping_ = false;
};

}  // namespace

void run_pitches(const pitchclarity::Analyzer& analyzer, PitchSource& source, unsigned threads, const RunHooks& hooks) {
  threads = std::max(1u, threads);
  // Enough in flight to keep every thread busy while the head waits for a slow pitch; small enough that a
  // window of pitches and reports is a few megabytes at most.
  const std::size_t capacity = std::max<std::size_t>(64, std::size_t{16} * threads);
  Window window(analyzer, hooks);
  std::vector<std::jthread> workers;
  workers.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) workers.emplace_back([&window] { window.worker(); });
  // Declared after the workers, so it stops them before they are joined, even if `deliver` throws.
  struct Stopper {
    Window& window;
    ~Stopper() { window.stop(); }
  } stopper{window};

  bool input_left = true;
  Outcome outcome;
  for (;;) {
    while (input_left && window.size() < capacity) {
      Pitch pitch;
      input_left = source.next(pitch);
      if (input_left) window.push(std::move(pitch));
    }
    if (!input_left && window.size() == 0) break;
    if (window.pop_head(outcome, std::chrono::milliseconds(100))) {
      hooks.deliver(outcome);
    }
    if (hooks.tick) hooks.tick();
  }
}

}  // namespace pitchcheck
