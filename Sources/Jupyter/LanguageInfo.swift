/// The `language_info` block of `kernel_info_reply`.
public struct LanguageInfo: Equatable, Sendable {
  /// Language name (`python` for Neurona's cell language).
  public var name: String
  /// Language version.
  public var version: String
  /// MIME type of source files.
  public var mimetype: String
  /// File extension, starting with ".".
  public var fileExtension: String
  /// Pygments lexer for nbconvert and jupyter-console.
  public var pygmentsLexer: String
  /// CodeMirror mode for the notebook editor.
  public var codemirrorMode: JSONValue
  /// nbconvert exporter name.
  public var nbconvertExporter: String

  /// Creates language info.
  public init(
    name: String, version: String, mimetype: String, fileExtension: String,
    pygmentsLexer: String, codemirrorMode: JSONValue, nbconvertExporter: String
  ) {
    self.name = name
    self.version = version
    self.mimetype = mimetype
    self.fileExtension = fileExtension
    self.pygmentsLexer = pygmentsLexer
    self.codemirrorMode = codemirrorMode
    self.nbconvertExporter = nbconvertExporter
  }

  /// Python 3.11 as the teaching subset presents itself.
  public static let python = LanguageInfo(
    name: "python", version: "3.11", mimetype: "text/x-python", fileExtension: ".py",
    pygmentsLexer: "python3", codemirrorMode: ["name": "python", "version": 3],
    nbconvertExporter: "python")

  /// The JSON object sent in `kernel_info_reply`.
  public var json: JSONValue {
    [
      "name": .string(name), "version": .string(version), "mimetype": .string(mimetype),
      "file_extension": .string(fileExtension), "pygments_lexer": .string(pygmentsLexer),
      "codemirror_mode": codemirrorMode, "nbconvert_exporter": .string(nbconvertExporter),
    ]
  }
}
