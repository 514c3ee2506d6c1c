import Interpreter

/// A coordinate system passed as `transform=` (`ax.transAxes` places text in axes fractions).
final class TransformObject: PyObject {
  /// Whether coordinates are axes fractions (true) or data values.
  let axesFractions: Bool

  private init(axesFractions: Bool) { self.axesFractions = axesFractions }

  /// `ax.transAxes`: (0, 0) is the lower-left corner of the axes, (1, 1) the upper-right one.
  static let axes = TransformObject(axesFractions: true)
  /// `ax.transData`: data coordinates (the default).
  static let data = TransformObject(axesFractions: false)

  /// `matplotlib.transforms.Transform`.
  static let type = PyType(
    name: "Transform", module: "matplotlib.transforms", bases: [.object],
    documentation: "A coordinate system for placing text: data or axes fractions.")

  /// `matplotlib.transforms.Transform`.
  var pyType: PyType { TransformObject.type }

  /// `<matplotlib.transforms.BboxTransformTo object>` or the data transform.
  func repr() -> String {
    axesFractions ? "<matplotlib.transforms.BboxTransformTo object>" : "<matplotlib.transforms.CompositeGenericTransform object>"
  }
}
