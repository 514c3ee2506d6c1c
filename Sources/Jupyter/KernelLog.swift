import Foundation

/// The kernel's own diagnostics: one line per event on stderr, never into cell output.
public enum KernelLog {
  /// Writes one line, prefixed with `[neurona]`, to the process's stderr.
  public static func log(_ message: String) {
    let line = "[neurona] " + message.replacingOccurrences(of: "\n", with: " ") + "\n"
    FileHandle.standardError.write(Data(line.utf8))
  }
}
