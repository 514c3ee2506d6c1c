import Synchronization
import XCTest

@testable import Tensor

final class FloatingPointModeTests: XCTestCase {
  /// Half of the smallest normal float32: a denormal result unless flushed.
  @inline(never)
  func halve(_ x: Float) -> Float { x * 0.5 }

  func testDenormalsAreKeptOutsideAndFlushedInsideThenRestored() throws {
    #if !arch(x86_64)
      throw XCTSkip("the flushing mode is x86's MXCSR")
    #endif
    let smallest = Float.leastNormalMagnitude
    XCTAssertFalse(FloatingPointMode.flushesDenormals)
    XCTAssertEqual(halve(smallest), smallest / 2, "NumPy-style IEEE denormals by default")
    XCTAssertTrue(halve(smallest).isSubnormal)
    let inside = FloatingPointMode.flushingDenormals { () -> Float in
      XCTAssertTrue(FloatingPointMode.flushesDenormals)
      return halve(smallest)
    }
    XCTAssertEqual(inside, 0)
    XCTAssertFalse(FloatingPointMode.flushesDenormals)
    XCTAssertTrue(halve(smallest).isSubnormal, "the mode is restored")
  }

  func testTheModeIsRestoredWhenTheBodyThrows() throws {
    #if !arch(x86_64)
      throw XCTSkip("the flushing mode is x86's MXCSR")
    #endif
    struct Failure: Error {}
    XCTAssertThrowsError(try FloatingPointMode.flushingDenormals { throw Failure() })
    XCTAssertFalse(FloatingPointMode.flushesDenormals)
  }

  func testPoolHelpersRunEachJobInThePostingThreadsMode() throws {
    #if !arch(x86_64)
      throw XCTSkip("the flushing mode is x86's MXCSR")
    #endif
    let pool = WorkerPool(threads: 2)
    let smallest = Float.leastNormalMagnitude
    // Many parts, so the helper takes some of them; every part must see the caller's mode.
    for flushing in [true, false, true] {
      let results = Mutex([Float](repeating: .nan, count: 64))
      let job = {
        pool.runClaiming(parts: 64) { part in
          let value = self.halve(smallest)
          results.withLock { $0[part] = value }
        }
      }
      if flushing {
        FloatingPointMode.flushingDenormals { _ = job() }
      } else {
        _ = job()
      }
      XCTAssertEqual(results.withLock { $0 }, [Float](repeating: flushing ? 0 : smallest / 2, count: 64))
    }
  }
}
