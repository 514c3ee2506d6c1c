#if canImport(Glibc)
  import Glibc
#endif
import Synchronization
import XCTest

@testable import Tensor

final class WorkerPoolTests: XCTestCase {
  func testEveryPartRunsOnceAndRunReturnsTheCount() {
    let pool = WorkerPool(threads: 3)
    XCTAssertEqual(pool.width, 3)
    for _ in 0..<500 {
      let hits = Mutex([Int](repeating: 0, count: 5))
      let used = pool.run(parts: 5) { part in hits.withLock { $0[part] += 1 } }
      XCTAssertEqual(used, 3, "parts are capped at the pool's width")
      XCTAssertEqual(hits.withLock { $0 }, [1, 1, 1, 0, 0])
    }
  }

  func testTheCallerClaimsFromTheFrontAndTheHelperFromTheBack() {
    let pool = WorkerPool(threads: 2)
    let caller = pthread_self()
    for _ in 0..<300 {
      let byCaller = Mutex([Bool](repeating: false, count: 12))
      pool.runClaiming(parts: 12) { part in
        let mine = pthread_equal(pthread_self(), caller) != 0
        byCaller.withLock { $0[part] = mine }
      }
      // The caller's parts are a prefix, the helper's the rest: never interleaved.
      let flags = byCaller.withLock { $0 }
      let firstHelperPart = flags.firstIndex(of: false) ?? flags.count
      XCTAssertTrue(flags[firstHelperPart...].allSatisfy { !$0 }, "\(flags)")
    }
  }

  func testClaimingRunsEveryPartOnAPoolWithoutHelpers() {
    let pool = WorkerPool(threads: 1)
    let hits = Mutex([Int](repeating: 0, count: 2))
    XCTAssertEqual(pool.runClaiming(parts: 2) { part in hits.withLock { $0[part] += 1 } }, 2)
    XCTAssertEqual(hits.withLock { $0 }, [1, 1])
  }

  func testSplitCoversTheRangeExactlyOnce() {
    let pool = WorkerPool(threads: 2)
    for count in [0, 1, 7, 100, 16_385, 100_003] {
      var seen = [UInt8](repeating: 0, count: count)
      seen.withUnsafeMutableBufferPointer { buffer in
        let base = buffer.baseAddress
        pool.split(count, minimumPart: 10) { range in
          for i in range { base?[i] += 1 }
        }
      }
      XCTAssertTrue(seen.allSatisfy { $0 == 1 }, "count \(count)")
    }
  }

  func testChunksCoverTheRangeExactlyOnceInChunksOfAtMostTheSize() {
    let pool = WorkerPool(threads: 2)
    // More chunks than threads, a last short chunk, one chunk, none, and a count that would
    // need more than 4,096 chunks of 1 (the chunks grow instead).
    for (count, chunk) in [(0, 4), (1, 4), (10, 3), (100_003, 16_384), (10_000, 1)] {
      var seen = [UInt8](repeating: 0, count: count)
      let sizes = Mutex([Int]())
      seen.withUnsafeMutableBufferPointer { buffer in
        let base = buffer.baseAddress
        pool.chunked(count, chunk: chunk) { range in
          sizes.withLock { $0.append(range.count) }
          for i in range { base?[i] += 1 }
        }
      }
      XCTAssertTrue(seen.allSatisfy { $0 == 1 }, "count \(count)")
      let limit = max(chunk, (count + 4095) / 4096)
      XCTAssertTrue(sizes.withLock { $0 }.allSatisfy { $0 <= limit }, "count \(count)")
      XCTAssertEqual(sizes.withLock { $0.count }, count == 0 ? 1 : (count + limit - 1) / limit, "count \(count)")
    }
  }

  func testSmallWorkStaysOnTheCaller() {
    let pool = WorkerPool(threads: 2)
    let caller = pthread_self()
    var ranges: [Range<Int>] = []
    pool.split(50, minimumPart: 100) { range in
      XCTAssertTrue(pthread_equal(pthread_self(), caller) != 0)
      ranges.append(range)
    }
    XCTAssertEqual(ranges, [0..<50])
  }

  func testNestedAndConcurrentCallsRunEveryPart() {
    let pool = WorkerPool(threads: 2)
    let total = Atomic<Int>(0)
    // A part that calls the pool again runs the inner parts on its own thread.
    pool.run(parts: 2) { _ in
      pool.run(parts: 2) { _ in total.add(1, ordering: .relaxed) }
    }
    XCTAssertEqual(total.load(ordering: .relaxed), 4)
    // Two threads using one pool at once: one of them runs its parts alone.
    total.store(0, ordering: .relaxed)
    DispatchQueue.concurrentPerform(iterations: 4) { _ in
      for _ in 0..<200 { pool.run(parts: 2) { _ in total.add(1, ordering: .relaxed) } }
    }
    XCTAssertEqual(total.load(ordering: .relaxed), 4 * 200 * 2)
  }

  func testHelpersWakeUpAfterSleeping() {
    let pool = WorkerPool(threads: 2)
    let total = Atomic<Int>(0)
    for round in 0..<3 {
      pool.park()
      usleep(UInt32(WorkerPool.spinNanoseconds / 1000) + 2_000)  // past the spin window
      pool.run(parts: 2) { _ in total.add(1, ordering: .relaxed) }
      XCTAssertEqual(total.load(ordering: .relaxed), 2 * (round + 1))
    }
  }

  func testDefaultWidthFollowsOpenBLASsVariablesThenTheCores() {
    let cores = WorkerPool.defaultWidth { _ in nil }
    XCTAssertGreaterThanOrEqual(cores, 1)
    XCTAssertEqual(WorkerPool.defaultWidth { $0 == "OPENBLAS_NUM_THREADS" ? "3" : "5" }, 3)
    XCTAssertEqual(WorkerPool.defaultWidth { $0 == "OMP_NUM_THREADS" ? "5" : nil }, 5)
    // Unparsable or non-positive values are ignored, as OpenBLAS ignores them.
    XCTAssertEqual(WorkerPool.defaultWidth { $0 == "OPENBLAS_NUM_THREADS" ? "zero" : nil }, cores)
    XCTAssertEqual(WorkerPool.defaultWidth { $0 == "OPENBLAS_NUM_THREADS" ? "0" : nil }, cores)
  }
}
