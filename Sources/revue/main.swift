import ArgumentParser
import Foundation

// Exit codes: 0 success, 1 content errors, 2 usage errors.
do {
    var command = try Revue.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Revue.exit(withError: exit)
} catch {
    let code = Revue.exitCode(for: error)
    if code == .success || code == .failure {
        Revue.exit(withError: error)
    }
    Terminal.error(.verbatim(Revue.fullMessage(for: error)))
    Foundation.exit(2)
}
