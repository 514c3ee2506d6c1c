/// The `math` module.
enum MathModule {
  static func make() -> PyModule { PyModule("math") }
}
