import Foundation

/// Writes `<data dir>/kernels/<name>/kernel.json` and copies the logos next to it.
struct KernelspecInstaller {
  /// Why installation failed.
  enum Failure: Error, CustomStringConvertible {
    case noExecutablePath
    case noPythonPrefix(String)
    case io(String)

    var description: String {
      switch self {
      case .noExecutablePath: return "cannot find the path of the running neurona binary"
      case let .noPythonPrefix(reason): return "cannot find python3's prefix: \(reason)"
      case let .io(reason): return reason
      }
    }
  }

  static let logos = ["logo-32x32.png", "logo-64x64.png", "logo-svg.svg"]

  let name: String
  let displayName: String
  var environment = ProcessInfo.processInfo.environment
  let fileManager = FileManager.default

  /// `PREFIX/share/jupyter`.
  func dataDirectory(prefix: String) -> String {
    URL(fileURLWithPath: prefix).appendingPathComponent("share/jupyter").path
  }

  /// $JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter, else ~/.local/share/jupyter.
  func userDataDirectory() -> String {
    if let dir = environment["JUPYTER_DATA_DIR"], !dir.isEmpty { return dir }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/jupyter" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/jupyter"
  }

  /// $VIRTUAL_ENV, else `sys.prefix` of python3 on PATH.
  func pythonPrefix() throws -> String {
    if let venv = environment["VIRTUAL_ENV"], !venv.isEmpty { return venv }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import sys; print(sys.prefix)"]
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
      try process.run()
    } catch {
      throw Failure.noPythonPrefix("\(error)")
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let prefix = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard process.terminationStatus == 0, !prefix.isEmpty else {
      throw Failure.noPythonPrefix("python3 exited with \(process.terminationStatus)")
    }
    return prefix
  }

  /// The absolute path of the running binary (from /proc/self/exe).
  func executablePath() throws -> String {
    if let path = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return path
    }
    let argv0 = CommandLine.arguments.first ?? ""
    guard argv0.hasPrefix("/") else { throw Failure.noExecutablePath }
    return argv0
  }

  /// The folder holding the logos: $NEURONA_KERNELSPEC_DIR, ./kernelspec, or a `kernelspec`
  /// folder found walking up from the binary.
  func logoDirectory(executable: String) -> String? {
    func hasLogos(_ dir: String) -> Bool {
      fileManager.fileExists(atPath: dir + "/" + (KernelspecInstaller.logos.last ?? ""))
    }
    if let dir = environment["NEURONA_KERNELSPEC_DIR"], !dir.isEmpty, hasLogos(dir) { return dir }
    let local = fileManager.currentDirectoryPath + "/kernelspec"
    if hasLogos(local) { return local }
    var url = URL(fileURLWithPath: executable).deletingLastPathComponent()
    while url.path != "/" {
      let candidate = url.appendingPathComponent("kernelspec").path
      if hasLogos(candidate) { return candidate }
      url.deleteLastPathComponent()
    }
    return nil
  }

  /// The kernel.json content.
  func kernelJSON(executable: String) throws -> Data {
    let spec: [String: Any] = [
      "argv": [executable, "kernel", "-f", "{connection_file}"],
      "display_name": displayName,
      "language": "python",
      "interrupt_mode": "message",
      "kernel_protocol_version": "5.4",
      "metadata": ["supported_encryption": ["curve"]],
    ]
    return try JSONSerialization.data(
      withJSONObject: spec, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
  }

  /// Installs into `dataDir/kernels/<name>`, replacing an earlier install; returns that path.
  func install(intoDataDirectory dataDir: String) throws -> String {
    let executable = try executablePath()
    let target = URL(fileURLWithPath: dataDir).appendingPathComponent("kernels/\(name)")
    do {
      try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
      try kernelJSON(executable: executable).write(to: target.appendingPathComponent("kernel.json"))
    } catch {
      throw Failure.io("cannot write \(target.path): \(error.localizedDescription)")
    }
    guard let logos = logoDirectory(executable: executable) else {
      FileHandle.standardError.write(
        Data("warning: no kernelspec/ folder with logos found; set NEURONA_KERNELSPEC_DIR\n".utf8))
      return target.path
    }
    for logo in KernelspecInstaller.logos {
      let source = URL(fileURLWithPath: logos).appendingPathComponent(logo)
      let destination = target.appendingPathComponent(logo)
      do {
        if fileManager.fileExists(atPath: destination.path) {
          try fileManager.removeItem(at: destination)
        }
        try fileManager.copyItem(at: source, to: destination)
      } catch {
        throw Failure.io("cannot copy \(logo): \(error.localizedDescription)")
      }
    }
    return target.path
  }
}
