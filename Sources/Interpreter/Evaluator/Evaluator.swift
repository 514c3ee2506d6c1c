import Synchronization

/// Runs parsed cells: holds the global namespace, the call stack and the interrupt flag.
///
/// One evaluator lives as long as its `Session`. Statements execute in `Evaluator+Statements`,
/// expressions in `Evaluator+Expressions`, operators in `Evaluator+Operators`.
public final class Evaluator {
  /// Control flow out of a statement.
  enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned(Value)
  }

  /// One active call, for tracebacks and recursion depth.
  struct Frame {
    var function: String?
    var cell: CellSource
    var location: SourceLocation
  }

  /// The module-level namespace shared by every cell.
  public var globals: [String: Value] = [:]
  /// The builtins namespace (`print`, `len`, exception classes).
  public var builtins: [String: Value] = [:]
  /// Importable modules by dotted name, built on first import.
  public var moduleLoaders: [String: () throws -> PyModule] = [:]
  /// Modules already imported.
  public var loadedModules: [String: PyModule] = [:]
  /// Option strings offered by completion after `keyword="` (e.g. `activation`).
  public var stringOptions: [String: [String]] = [:]
  /// Where printed text and displays go during the current cell.
  public var sink: OutputSink
  /// The deepest call nesting allowed before RecursionError.
  public var recursionLimit = 1000

  /// The evaluator running on this thread, for `repr` of user objects.
  nonisolated(unsafe) public static var current: Evaluator?

  /// Called now and then while code runs, so buffered output reaches the frontend.
  public var periodicFlush: (() -> Void)?
  /// Called after every cell run by `Session.execute`, even one that raised, before its output
  /// is flushed (matplotlib's inline backend shows the cell's open figures here).
  public var afterCell: [() -> Void] = []
  private var checks = 0

  var scope: Scope?
  var frames: [Frame] = []
  /// The exception being handled by the innermost `except` block (for bare `raise`).
  var handling: [ExceptionObject] = []
  let interruptRequested = Atomic<Bool>(false)

  /// Creates an evaluator writing to `sink`.
  public init(sink: OutputSink) {
    self.sink = sink
  }

  /// Asks the running code to stop with KeyboardInterrupt at the next check (thread-safe).
  public func requestInterrupt() {
    interruptRequested.store(true, ordering: .relaxed)
  }

  /// Clears a pending interrupt request.
  public func clearInterrupt() {
    interruptRequested.store(false, ordering: .relaxed)
  }

  /// Whether an interrupt is pending.
  public var isInterruptRequested: Bool { interruptRequested.load(ordering: .relaxed) }

  /// Raises KeyboardInterrupt when an interrupt was requested; long-running library code
  /// calls this between steps (epochs, batches) to stay interruptible.
  public func checkInterrupt() throws {
    checks &+= 1
    if checks & 0x3FF == 0 { periodicFlush?() }
    if interruptRequested.exchange(false, ordering: .relaxed) {
      throw PyError(ExceptionObject(type: .keyboardInterrupt, args: []))
    }
  }

  /// Runs a parsed cell at module level, recording a traceback frame on error.
  func runCell(_ statements: [Stmt], cell: CellSource) throws -> Value? {
    let savedScope = scope
    scope = nil
    frames.append(Frame(function: nil, cell: cell, location: SourceLocation(line: 1, column: 1)))
    defer {
      frames.removeLast()
      scope = savedScope
    }
    var lastValue: Value?
    do {
      for (index, statement) in statements.enumerated() {
        if index == statements.count - 1, case .expression(let expr) = statement.kind {
          frames[frames.count - 1].location = statement.location
          try checkInterrupt()
          lastValue = try evaluate(expr)
        } else {
          _ = try execute(statement)
        }
      }
    } catch let error as PyError {
      recordFrame(error)
      throw error
    }
    return lastValue
  }

  /// Adds the innermost active frame to an exception's traceback.
  func recordFrame(_ error: PyError) {
    guard let frame = frames.last else { return }
    error.exception.traceback.insert(
      TracebackFrame(
        function: frame.function, location: frame.location,
        lineText: frame.cell.line(frame.location.line), cellName: frame.cell.name), at: 0)
  }

  /// Calls any callable value.
  public func call(_ callee: Value, _ arguments: Arguments) throws -> Value {
    if case .object(let object) = callee, let result = try object.call(arguments, self) {
      return result
    }
    throw PyError.typeError("'\(callee.typeName)' object is not callable")
  }

  /// The MIME bundle shown for a value: its repr as `text/plain`, plus any rich forms.
  public func displayBundle(for value: Value) -> MimeBundle {
    var bundle = MimeBundle.plain(reprOf(value))
    if case .object(let object) = value, let rich = object.richDisplay() {
      bundle.data.merge(rich.data) { _, new in new }
      bundle.metadataJSON = rich.metadataJSON
    }
    return bundle
  }

  /// Turns any Swift error into a Python exception.
  public static func convert(_ error: Error) -> PyError {
    if let error = error as? PyError { return error }
    if let error = error as? PythonConvertibleError {
      let type = PyType.builtinExceptions.first { $0.name == error.pythonTypeName } ?? .runtimeError
      return PyError(type, error.pythonMessage)
    }
    if error is InputUnavailable {
      return PyError(.runtimeError, "input(): this frontend does not support input requests")
    }
    return PyError(.runtimeError, String(describing: error))
  }

  /// Calls a dunder method a user class defines, or returns `nil`; errors are swallowed
  /// (used where Python itself cannot fail, such as `repr` of containers).
  func callSpecial(_ instance: PyInstance, _ name: String, _ arguments: [Value]) -> Value? {
    guard let method = try? instance.type.boundAttribute(name, of: .object(instance), self) else {
      return nil
    }
    return try? call(method, Arguments(arguments))
  }
}
