variable "prefix" {
  type = string
}

resource "azurerm_virtual_network" "main" {
  name          = "${var.prefix}-vnet"
  address_space = ["10.0.0.0/16"]
}
