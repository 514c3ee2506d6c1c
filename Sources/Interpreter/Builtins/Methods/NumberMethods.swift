/// The methods of `int` and `float`.
enum NumberMethods {
  static let intMethods: [BuiltinFunction] = []
  static let floatMethods: [BuiltinFunction] = []
}
