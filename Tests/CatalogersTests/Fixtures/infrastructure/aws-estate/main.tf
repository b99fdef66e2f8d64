# Modelled on public AWS estates built from terraform-aws-modules.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40"
    }
  }
}

provider "aws" {
  region = "eu-central-1"
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"

  name = "sovscan"
  cidr = "10.0.0.0/16"
  azs  = ["eu-central-1a", "eu-central-1b"]
}

module "rds" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-rds.git//modules/db_instance?ref=v6.5.4"
}

resource "aws_db_instance" "app" {
  engine         = "postgres"
  engine_version = "16.3"
  instance_class = "db.t4g.medium"
}

resource "aws_instance" "self_managed_postgres" {
  ami           = data.aws_ami.debian.id
  instance_type = "t3.large"
  user_data     = <<EOF
#!/bin/sh
apt-get install -y postgresql-16
EOF
}

data "aws_ami" "debian" {
  most_recent = true
  owners      = ["136693071363"]
}
