import ArgumentParser

/// The `neurona` command: a Jupyter kernel for teaching neural networks.
@main
struct Neurona: ParsableCommand {
  /// The version printed by `neurona --version` and reported in kernel_info.
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "neurona",
    abstract: "A Jupyter kernel for teaching neural networks, with a Python-subset cell language.",
    version: version,
    subcommands: [KernelCommand.self, InstallCommand.self, RunCommand.self, GradeCommand.self])
}
