import Datasets
import Interpreter

/// Turns `Datasets` errors into the Python exceptions scikit-learn raises.
enum SklearnErrors {
  /// `sklearn.exceptions.NotFittedError`, both a ValueError and an AttributeError as in scikit-learn.
  static let notFittedError = PyType(
    name: "NotFittedError", module: "sklearn.exceptions", bases: [.valueError, .attributeError],
    documentation: "Exception class to raise if estimator is used before fitting.")

  /// `sklearn.utils._param_validation.InvalidParameterError`, a ValueError and a TypeError.
  static let invalidParameterError = PyType(
    name: "InvalidParameterError", module: "sklearn.utils._param_validation", bases: [.valueError, .typeError],
    documentation: "Raised when a parameter of a scikit-learn function has an invalid type or value.")

  /// The Python exception an error stands for.
  static func convert(_ error: Error) -> Error {
    if let error = error as? PyError { return error }
    if let datasetError = error as? DatasetError {
      if case .notFitted = datasetError { return PyError(notFittedError, datasetError.description) }
      return Evaluator.convert(datasetError)
    }
    return NumpyErrors.convert(error)
  }

  /// Runs `body`, re-raising library errors as Python exceptions.
  static func guarded<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw convert(error)
    }
  }

  /// Defines a module function whose parameters bind like a Python signature.
  static func define(
    _ module: PyModule, _ name: String, _ parameters: [String], doc: String,
    _ body: @escaping (BoundArguments, Evaluator) throws -> Value
  ) {
    module.define(
      name, signature: "(" + parameters.joined(separator: ", ") + ")", doc: doc,
      keywords: parameters.filter { $0.hasSuffix("=") }.map { String($0.dropLast()) }
    ) { arguments, evaluator in
      let bound = try arguments.bind(name, parameters)
      return try guarded { try body(bound, evaluator) }
    }
  }
}
