import Foundation
import WebcareCore

/// The poll's clocks: CPU seconds per stage, summed over the threads that ran it, and the wall time in its parts.
/// CPU time, not wall time, per stage: on a busy machine a stage waiting for a core would otherwise count the wait.
/// @unchecked Sendable: `seconds` is only read and written under `lock`.
final class StageTimer: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: [String: Double] = [:]

    /// A reading of the calling thread's CPU clock, to hand to `add(_:since:)` when the stage is done.
    static func start() -> Double { threadCPUSeconds() }

    /// Adds the calling thread's CPU time since `start` to a stage, and moves `start` to now.
    func add(_ stage: String, since start: inout Double) {
        let now = threadCPUSeconds()
        let spent = now - start
        start = now
        lock.withLock { seconds[stage, default: 0] += spent }
    }

    /// Records the poll's wall time ("total") in its three parts: before the first transfer ("setup": sources
    /// registered, states read), while transfers and stages run ("transfers"), after the writer's last commit
    /// ("wrap-up": states of unchanged sources, statistics, checkpoint); and the process's CPU time so far ("cpu").
    func setWallSeconds(setup: Duration, transfers: Duration, wrapUp: Duration) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        lock.withLock {
            seconds["setup"] = setup.inSeconds
            seconds["transfers"] = transfers.inSeconds
            seconds["wrap-up"] = wrapUp.inSeconds
            seconds["total"] = (setup + transfers + wrapUp).inSeconds
            seconds["cpu"] = cpu
        }
    }

    /// Every stage's and part's seconds so far (see `PollReport.timings`).
    var timings: [String: Double] { lock.withLock { seconds } }
}

/// CPU seconds the calling thread has used so far.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
