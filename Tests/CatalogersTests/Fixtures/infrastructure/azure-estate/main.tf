/*
 * The production estate: a resource group, a managed PostgreSQL server and an AKS cluster.
 * A block comment with a brace { that must not open anything.
 */
locals {
  prefix = "${var.environment}-sovscan" // interpolation in a string
  tags = {
    owner       = "platform-team"
    "cost-center" = "4711"
  }
}

resource "azurerm_resource_group" "main" {
  name     = "${local.prefix}-rg"
  location = var.location
  tags     = local.tags
}

resource "azurerm_postgresql_flexible_server" "db" {
  name                   = "${local.prefix}-psql"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  version                = "16"
  sku_name               = "GP_Standard_D2s_v3"
  administrator_password = random_password.db.result
}

resource "random_password" "db" {
  length  = 32
  special = true
}

resource "azurerm_kubernetes_cluster" "aks" {
  name                = "${local.prefix}-aks"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  dns_prefix          = local.prefix

  default_node_pool {
    name       = "system"
    node_count = var.node_count > 3 ? var.node_count : 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_linux_virtual_machine" "bastion" {
  name = "${local.prefix}-bastion"
  # A heredoc: lines inside must not be read as blocks.
  custom_data = base64encode(<<-EOT
    #!/bin/bash
    resource "not_a_resource" "inside_heredoc" {}
    echo "${local.prefix}"
    EOT
  )
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  size                = "Standard_B2s"
}

data "azuread_client_config" "current" {}

module "network" {
  source = "./modules/network"
  prefix = local.prefix
}

module "naming" {
  source  = "Azure/naming/azurerm"
  version = "0.4.1"
  suffix  = [var.environment]
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "node_count" {
  type    = number
  default = 3
}
