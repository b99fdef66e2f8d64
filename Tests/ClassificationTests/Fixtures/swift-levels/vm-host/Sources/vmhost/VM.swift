import Foundation
@preconcurrency import Virtualization

final class VM {
    let configuration = VZVirtualMachineConfiguration()
}
