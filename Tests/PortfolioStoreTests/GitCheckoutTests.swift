import Foundation
import Testing
@testable import PortfolioStore

struct GitCheckoutTests {
    private let commit = "3f5e0c2a9b7d41e6a8c0f1d2e3b4a5968778695a"

    @Test func branchFromALooseRef() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try StoreTestSupport.writeGit(in: folder, branch: "feature/exit-plans", commit: commit)
        let checkout = GitCheckout.read(containing: folder.path)
        #expect(checkout.commit == commit)
        #expect(checkout.branch == "feature/exit-plans")
    }

    @Test func branchFromPackedRefsAndFromASubfolder() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let git = folder.appendingPathComponent(".git")
        try FileManager.default.createDirectory(at: git, withIntermediateDirectories: true)
        try Data("ref: refs/heads/main\n".utf8).write(to: git.appendingPathComponent("HEAD"))
        try Data("""
            # pack-refs with: peeled fully-peeled sorted
            1111111111111111111111111111111111111111 refs/heads/develop
            \(commit) refs/heads/main
            ^2222222222222222222222222222222222222222
            """.utf8).write(to: git.appendingPathComponent("packed-refs"))
        let sub = folder.appendingPathComponent("backend/api")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let checkout = GitCheckout.read(containing: sub.path)
        #expect(checkout == GitCheckout(commit: commit, branch: "main"))
    }

    @Test func detachedHeadHasNoBranch() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let git = folder.appendingPathComponent(".git")
        try FileManager.default.createDirectory(at: git, withIntermediateDirectories: true)
        try Data((commit + "\n").utf8).write(to: git.appendingPathComponent("HEAD"))
        #expect(GitCheckout.read(containing: folder.path) == GitCheckout(commit: commit, branch: nil))
    }

    @Test func worktreeFileFollowsGitdirAndCommondir() throws {
        let root = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        // The main repository keeps the branch ref; the worktree's own folder has HEAD and commondir.
        let common = root.appendingPathComponent("main/.git")
        let worktreeGit = common.appendingPathComponent("worktrees/wt-store")
        try FileManager.default.createDirectory(at: worktreeGit, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: common.appendingPathComponent("refs/heads"), withIntermediateDirectories: true)
        try Data((commit + "\n").utf8).write(to: common.appendingPathComponent("refs/heads/store"))
        try Data("ref: refs/heads/store\n".utf8).write(to: worktreeGit.appendingPathComponent("HEAD"))
        try Data("../..\n".utf8).write(to: worktreeGit.appendingPathComponent("commondir"))
        let worktree = root.appendingPathComponent("wt-store")
        try FileManager.default.createDirectory(at: worktree, withIntermediateDirectories: true)
        try Data("gitdir: ../main/.git/worktrees/wt-store\n".utf8).write(to: worktree.appendingPathComponent(".git"))
        #expect(GitCheckout.read(containing: worktree.path) == GitCheckout(commit: commit, branch: "store"))
    }

    @Test func outsideGitThereIsNothing() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let git = folder.appendingPathComponent(".git")
        try FileManager.default.createDirectory(at: git, withIntermediateDirectories: true)
        try Data("garbage that is not a ref".utf8).write(to: git.appendingPathComponent("HEAD"))
        #expect(GitCheckout.read(containing: folder.path) == GitCheckout(commit: nil, branch: nil))
    }
}
