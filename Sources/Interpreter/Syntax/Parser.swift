// The grammar of the cell language (a subset of Python 3.11), one parse method per rule.
//
//   module            → statement* ENDMARKER
//   statement         → compound_stmt | simple_stmts
//   simple_stmts      → simple_stmt (';' simple_stmt)* [';'] NEWLINE
//   simple_stmt       → expression_stmt | 'pass' | 'break' | 'continue'
//                     | 'return' [star_expressions] | 'raise' [expression ['from' expression]]
//                     | ('global' | 'nonlocal') NAME (',' NAME)* | 'del' target_list
//                     | 'assert' expression [',' expression] | import_name | import_from
//   expression_stmt   → star_expressions ( ('=' star_expressions)+
//                                        | augassign star_expressions
//                                        | ':' expression ['=' star_expressions] )?
//   import_name       → 'import' dotted_name ['as' NAME] (',' dotted_name ['as' NAME])*
//   import_from       → 'from' dotted_name 'import' ('*' | '(' names [','] ')' | names)
//   compound_stmt     → if_stmt | while_stmt | for_stmt | try_stmt | with_stmt
//                     | funcdef | classdef | decorated
//   block             → ':' (NEWLINE INDENT statement+ DEDENT | simple_stmts)
//   if_stmt           → ('if' | 'elif') named_expression block (elif_stmt | else_block)?
//   while_stmt        → 'while' named_expression block [else_block]
//   for_stmt          → 'for' target_list 'in' star_expressions block [else_block]
//   try_stmt          → 'try' block (except_block+ [else_block] [finally_block] | finally_block)
//   except_block      → 'except' [expression ['as' NAME]] block
//   with_stmt         → 'with' expression ['as' target_list] (',' ...)* block
//   decorated         → ('@' named_expression NEWLINE)+ (funcdef | classdef)
//   funcdef           → 'def' NAME '(' parameters ')' ['->' expression] block
//   classdef          → 'class' NAME ['(' arguments ')'] block
//   parameters        → (param | '*' [NAME] | '**' NAME | '/') (',' ...)* [',']
//   param             → NAME [':' expression] ['=' expression]
//
//   star_expressions  → star_expression (',' star_expression)* [',']
//   star_expression   → '*' bitwise_or | expression
//   named_expression  → NAME ':=' expression | expression
//   expression        → lambdef | disjunction ['if' disjunction 'else' expression]
//   lambdef           → 'lambda' parameters ':' expression
//   disjunction       → conjunction ('or' conjunction)*
//   conjunction       → inversion ('and' inversion)*
//   inversion         → 'not' inversion | comparison
//   comparison        → bitwise_or (comp_op bitwise_or)*
//   comp_op           → '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in' | 'is' ['not']
//   bitwise_or        → bitwise_xor ('|' bitwise_xor)*
//   bitwise_xor       → bitwise_and ('^' bitwise_and)*
//   bitwise_and       → shift_expr ('&' shift_expr)*
//   shift_expr        → sum (('<<' | '>>') sum)*
//   sum               → term (('+' | '-') term)*
//   term              → factor (('*' | '/' | '//' | '%' | '@') factor)*
//   factor            → ('+' | '-' | '~') factor | power
//   power             → primary ['**' factor]
//   primary           → atom ('.' NAME | '(' arguments ')' | '[' slices ']')*
//   slices            → slice (',' slice)* [',']
//   slice             → [expression] ':' [expression] [':' [expression]] | named_expression
//   arguments         → (named_expression [for_if_clauses] | NAME '=' expression
//                       | '*' expression | '**' expression) (',' ...)* [',']
//   atom              → NAME | NUMBER | STRING+ | 'True' | 'False' | 'None' | '...'
//                     | '(' [star_named_expression (',' ...)* | genexp] ')'
//                     | '[' [star_named_expression (',' ...)* | listcomp] ']'
//                     | '{' [dict_items | set_items | dictcomp | setcomp] '}'
//   for_if_clauses    → ('for' target_list 'in' disjunction ('if' disjunction)*)+
//   target_list       → ['*'] bitwise_or (',' ['*'] bitwise_or)* [',']

/// Parses cell source into statements and expressions, and judges whether input is complete.
public enum Parser {
  /// Parses a whole cell.
  ///
  /// - Throws: `SyntaxError` (kind `.indentation` for `IndentationError`).
  public static func parseModule(_ source: String) throws -> [Stmt] {
    let scalars = Lexer.normalizedScalars(source)
    do {
      var scanner = Scanner(scalars)
      var parser = SyntaxParser(tokens: try scanner.scanAll())
      return try parser.parseModule()
    } catch let error as SyntaxError {
      throw error.withLineText(from: scalars)
    }
  }

  /// Parses a single expression (tuples without parentheses allowed), as `eval` does.
  ///
  /// - Throws: `SyntaxError` if `source` is not exactly one expression.
  public static func parseExpression(_ source: String) throws -> Expr {
    let scalars = Lexer.normalizedScalars(source)
    do {
      var scanner = Scanner(scalars)
      var parser = SyntaxParser(tokens: try scanner.scanAll())
      while parser.current.kind == .newline { parser.advance() }
      if parser.current.kind == .indent { parser.advance() }
      let expression = try parser.parseStarExpressions()
      while parser.current.kind == .newline || parser.current.kind == .dedent { parser.advance() }
      guard parser.atEnd else { throw parser.unexpected() }
      return expression
    } catch let error as SyntaxError {
      throw error.withLineText(from: scalars)
    }
  }

  /// Parses the expression of an f-string field, located at `start` in the cell.
  static func parseFieldExpression(_ source: [Unicode.Scalar], at start: SourceLocation) throws -> Expr {
    var scanner = Scanner(source, start: start, implicitlyJoined: true)
    var parser = SyntaxParser(tokens: try scanner.scanAll())
    let expression = try parser.parseStarExpressions()
    guard parser.atEnd else { throw parser.unexpected() }
    return expression
  }
}
