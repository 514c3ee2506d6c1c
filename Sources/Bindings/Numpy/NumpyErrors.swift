import Interpreter
import Tensor

extension TensorError: PythonConvertibleError {
  /// The NumPy-worded message, for the Python exception.
  public var pythonMessage: String { message }
}

/// Turns tensor errors into the Python exceptions NumPy raises.
enum NumpyErrors {
  /// `numpy.exceptions.AxisError`, both a ValueError and an IndexError as in NumPy.
  static let axisError = PyType(
    name: "AxisError", module: "numpy.exceptions", bases: [.valueError, .indexError],
    documentation: "Axis supplied was invalid.")

  /// `numpy.exceptions.UFuncTypeError`-style casting errors (a TypeError).
  static let ufuncTypeError = PyType(
    name: "UFuncTypeError", module: "numpy", bases: [.typeError],
    documentation: "A ufunc could not cast its result.")

  /// The Python exception an error stands for.
  static func convert(_ error: Error) -> Error {
    guard let tensorError = error as? TensorError else { return error }
    switch tensorError {
    case .axis: return PyError(axisError, tensorError.message)
    case .reshape(let size, let shape), .dataCount(let size, let shape):
      return PyError.valueError(
        "cannot reshape array of size \(size) into shape \(shapeString(shape, tuple: false))")
    default: break
    }
    return Evaluator.convert(tensorError)
  }

  /// Runs `body`, re-raising tensor errors as Python exceptions.
  static func guarded<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw convert(error)
    }
  }
}
