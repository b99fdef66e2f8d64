# This file is maintained automatically by "tofu init".
# Manual edits may be lost in future updates.

provider "registry.opentofu.org/hetznercloud/hcloud" {
  version     = "1.48.1"
  constraints = "~> 1.48"
  hashes = [
    "h1:bJ4Gc+jDGm4rUbB4J3WJvIBs/3vgdtHSEXmw7S4Y6M4=",
  ]
}
