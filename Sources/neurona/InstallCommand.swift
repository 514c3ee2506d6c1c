import ArgumentParser
import Foundation

/// `neurona install`: writes the kernelspec (kernel.json and logos) for Jupyter to find.
struct InstallCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "install",
    abstract: "Install the Neurona kernelspec into a Jupyter data directory.")

  @Flag(help: "Install into the user's Jupyter data directory (the default).")
  var user = false

  @Flag(help: "Install into the active virtualenv, or the prefix of python3 on PATH.")
  var sysPrefix = false

  @Option(help: "Install into DIR/share/jupyter/kernels.")
  var prefix: String?

  @Option(help: "The kernelspec name (letters, digits, '.', '_', '-').")
  var name = "neurona"

  @Option(help: "The name shown in Jupyter's launcher.")
  var displayName = "Neurona"

  func validate() throws {
    if [user, sysPrefix, prefix != nil].filter({ $0 }).count > 1 {
      throw ValidationError("use only one of --user, --sys-prefix and --prefix")
    }
    if name.isEmpty || name.lowercased().contains(where: { !($0.isLetter && $0.isASCII) && !$0.isNumber && !".-_".contains($0) }) {
      throw ValidationError("kernel name must match [a-z0-9._-]+")
    }
  }

  func run() throws {
    let installer = KernelspecInstaller(name: name.lowercased(), displayName: displayName)
    let dataDir: String
    if let prefix {
      dataDir = installer.dataDirectory(prefix: prefix)
    } else if sysPrefix {
      dataDir = installer.dataDirectory(prefix: try installer.pythonPrefix())
    } else {
      dataDir = installer.userDataDirectory()
    }
    let target = try installer.install(intoDataDirectory: dataDir)
    print("Installed kernelspec \(name.lowercased()) in \(target)")
  }
}
