import Foundation

/// Datasets for lessons: scikit-learn's toy sets, Keras's image sets and preprocessing.
public enum Datasets {
  /// Where bundled dataset files live.
  static var resourceDirectory: String? { Bundle.module.resourcePath }
}
