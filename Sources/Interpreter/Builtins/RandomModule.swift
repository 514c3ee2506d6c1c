/// The `random` module.
enum RandomModule {
  static func make() -> PyModule { PyModule("random") }
}
