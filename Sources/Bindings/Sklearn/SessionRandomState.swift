import Datasets
import Interpreter
import Tensor

/// Holds the `RandomState` behind a session's `np.random`, stored as the hidden member
/// `numpy.random._state`, so scikit-learn calls with `random_state=None` draw from it.
final class SessionRandomState: PyObject {
  /// The session's NumPy global generator.
  let state: RandomState

  /// Wraps `state`.
  init(_ state: RandomState) { self.state = state }

  /// `numpy.random.RandomState`.
  static let type = PyType(
    name: "RandomState", module: "numpy.random", bases: [.object],
    documentation: "The legacy Mersenne Twister generator behind np.random.")

  /// `numpy.random.RandomState`.
  var pyType: PyType { SessionRandomState.type }

  /// `RandomState(MT19937)`.
  func repr() -> String { "RandomState(MT19937)" }

  /// The generator `np.random` uses in `evaluator`'s session (loading numpy if needed), also
  /// made `SampleGenerators.globalState`; the process-wide state when numpy is unavailable.
  static func state(of evaluator: Evaluator) -> RandomState {
    guard let module = try? evaluator.module(named: "numpy.random"),
      let box = module.members["_state"]?.as(SessionRandomState.self)
    else { return SampleGenerators.globalState }
    SampleGenerators.globalState = box.state
    return box.state
  }
}
