# Modelled on public Hetzner Cloud estates (a European cloud, OpenTofu).
terraform {
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.48"
    }
    ovh = {
      source  = "ovh/ovh"
      version = "0.51.0"
    }
  }
}

provider "hcloud" {
  token = var.hcloud_token
}

resource "hcloud_network" "private" {
  name     = "private"
  ip_range = "10.0.0.0/8"
}

resource "hcloud_server" "app" {
  count       = 3
  name        = "app-${count.index}"
  image       = "debian-12"
  server_type = "cx32"
  location    = "fsn1"
  labels = {
    role = "app"
  }
}

resource "ovh_domain_zone_record" "app" {
  zone      = "example.dk"
  fieldtype = "A"
  target    = hcloud_server.app[0].ipv4_address
}

variable "hcloud_token" {
  sensitive = true
}
