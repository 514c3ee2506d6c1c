/// Where an expression is used as a target, which decides CPython's error wording.
enum TargetContext {
  /// The left side of `=`; `suggestEquality` adds "Maybe you meant '==' instead of '='?".
  case assign(suggestEquality: Bool)
  /// A `for`/`with`/comprehension target or an element nested in a target tuple.
  case plain
  /// An operand of `del`.
  case delete
}
