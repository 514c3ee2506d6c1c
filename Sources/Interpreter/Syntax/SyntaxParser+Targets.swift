/// Validation of assignment, deletion and loop targets, with CPython 3.11's messages.
extension SyntaxParser {
  /// The phrase CPython uses for an expression in "cannot assign to ..." messages.
  func describe(_ expression: Expr) -> String {
    switch expression.kind {
    case .name: return "name"
    case .int, .float, .string: return "literal"
    case .bool(let value): return value ? "True" : "False"
    case .none: return "None"
    case .ellipsis: return "ellipsis"
    case .fstring: return "f-string expression"
    case .unary, .binary, .boolean: return "expression"
    case .compare: return "comparison"
    case .conditional: return "conditional expression"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .slice: return "slice"
    case .tuple: return "tuple"
    case .list: return "list"
    case .set: return "set display"
    case .dict: return "dict literal"
    case .starred: return "starred"
    case .listComprehension: return "list comprehension"
    case .setComprehension: return "set comprehension"
    case .dictComprehension: return "dict comprehension"
    case .generator: return "generator expression"
    case .namedExpr: return "named expression"
    }
  }

  /// Checks that `target` can be assigned to (or deleted), throwing CPython's message if not.
  func validateTarget(_ target: Expr, context: TargetContext) throws {
    switch target.kind {
    case .name, .attribute, .subscript:
      return
    case .tuple(let elements), .list(let elements):
      if case .delete = context {
        for element in elements { try validateTarget(element, context: .delete) }
        return
      }
      let starred = elements.filter { if case .starred = $0.kind { return true } else { return false } }
      if starred.count > 1 {
        throw error("multiple starred expressions in assignment", at: target.location)
      }
      for element in elements {
        if case .starred(let inner) = element.kind {
          try validateTarget(inner, context: .plain)
        } else {
          try validateTarget(element, context: .plain)
        }
      }
    case .starred:
      if case .delete = context { throw error("cannot delete starred", at: target.location) }
      throw error("starred assignment target must be in a list or tuple", at: target.location)
    default:
      let what = describe(target)
      switch context {
      case .delete:
        throw error("cannot delete \(what)", at: target.location)
      case .assign(let suggest) where suggest && suggestsEquality(target):
        throw error(
          "cannot assign to \(what) here. Maybe you meant '==' instead of '='?",
          at: target.location)
      default:
        throw error("cannot assign to \(what)", at: target.location)
      }
    }
  }

  /// Whether CPython adds the "Maybe you meant '=='" hint for this invalid target.
  func suggestsEquality(_ target: Expr) -> Bool {
    switch target.kind {
    case .compare, .conditional, .lambda, .boolean, .bool, .none, .namedExpr: return false
    case .unary(let op, _): return op != .not
    default: return true
    }
  }

  /// Checks the target of `x op= value`: a single name, attribute or subscript.
  func validateAugmentedTarget(_ target: Expr) throws {
    switch target.kind {
    case .name, .attribute, .subscript: return
    default:
      throw error(
        "'\(describe(target))' is an illegal expression for augmented assignment",
        at: target.location)
    }
  }

  /// Checks the target of `x: annotation`: a single name, attribute or subscript.
  func validateAnnotatedTarget(_ target: Expr) throws {
    switch target.kind {
    case .name, .attribute, .subscript: return
    case .tuple, .list:
      throw error(
        "only single target (not \(describe(target))) can be annotated", at: target.location)
    default:
      throw error("illegal target for annotation", at: target.location)
    }
  }

  /// Rejects a bare starred expression used as a whole value (`a = *b`).
  func checkStarredValue(_ value: Expr) throws {
    if case .starred = value.kind {
      throw error("can't use starred expression here", at: value.location)
    }
  }
}
