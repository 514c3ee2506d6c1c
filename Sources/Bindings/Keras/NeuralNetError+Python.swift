import Interpreter
import NeuralNet

/// The Python exception each engine error stands for, with Keras's wording.
extension NeuralNetError: PythonConvertibleError {
  /// `ValueError` for bad identifiers, shapes and arguments; `RuntimeError` before `compile()`;
  /// `OSError` for files that cannot be saved or loaded; `MemoryError` for oversized layers.
  public var pythonTypeName: String {
    switch self {
    case .notCompiled: return "RuntimeError"
    case .saveFormat: return "OSError"
    case .layerTooLarge: return "MemoryError"
    default: return "ValueError"
    }
  }

  /// The Keras-style message.
  public var pythonMessage: String { description }
}
