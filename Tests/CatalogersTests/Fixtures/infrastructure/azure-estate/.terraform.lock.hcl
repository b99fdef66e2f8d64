# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/azuread" {
  version     = "2.53.1"
  constraints = ">= 2.47.0"
  hashes = [
    "h1:Bv2YAbMmkCsdcYvE3kk1a+8TFnp1UwlygbBf+y3uCMY=",
    "zh:162916b037e5133f40eee8cb5c7a1a2e0a1ef7b4ddb3b9c09b1ee9fc3a2b2a2a",
  ]
}

provider "registry.terraform.io/hashicorp/azurerm" {
  version     = "3.116.0"
  constraints = "~> 3.110"
  hashes = [
    "h1:BCR3NIorFSvGG3v/+JOiiw3hM4PkZ4Rl/cMcKZNK2Ak=",
    "zh:02b6606aff025fc2a962b3e568e000300abe959adac987183c24dcaf7f1db5ba",
    "zh:2a7ab6a4a4a7d9ab1b9dd53d3bcb07d9b1c2b4e2a6f3a2b2c2d2e2f2a2b2c2d2",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.2"
  hashes = [
    "h1:VavG5unYCa3SYISMKF9pzc3718M0bhPlcbUZZGl7wuo=",
  ]
}
