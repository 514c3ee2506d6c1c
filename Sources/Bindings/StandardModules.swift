import Interpreter

/// Registers the library modules cells can import (numpy, keras, sklearn, matplotlib, neurona,
/// pandas) and pre-imports `neurona`, whose teaching tools every lesson uses.
public enum StandardModules {
  /// The registration functions of every library binding, run in order.
  static var installers: [(Session) -> Void] {
    [NumpyModule.install(into:), KerasModule.install(into:), SklearnModule.install(into:),
      PyplotModule.install(into:), NeuronaModule.install(into:), PandasModule.install(into:)] }

  /// Makes every library module importable in `session`.
  public static func install(into session: Session) {
    for installer in installers { installer(session) }
    if let neurona = try? session.evaluator.module(named: "neurona") {
      session.evaluator.globals["neurona"] = .object(neurona)
    }
  }
}
