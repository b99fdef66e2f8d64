# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = ">= 5.40, >= 5.46.0"
  hashes = [
    "h1:8tevkFG+ea/sNZYiQ2GQ02hknPcWBukxkrpjRCodQC0=",
    "zh:1f366cbcc44ca2b19e3d1d2f8d2e1f2a2b2c2d2e2f2a2b2c2d2e2f2a2b2c2d2e",
  ]
}
