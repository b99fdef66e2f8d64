# Workloads declared in Terraform: a Kubernetes deployment, an Azure Container App, a Cloud Run service.
locals {
  labels = { for k, v in var.labels : k => lower(v) }
  api_url = "https://${
    var.use_gateway ? azurerm_container_app.api.latest_revision_fqdn : "localhost"
  }/v1"
}

resource "kubernetes_deployment_v1" "web" {
  metadata {
    name   = "web"
    labels = local.labels
  }
  spec {
    template {
      spec {
        init_container {
          name  = "migrate"
          image = "ghcr.io/example-kommune/web-migrations:4.1.0"
        }
        container {
          name  = "web"
          image = "nginxinc/nginx-unprivileged:1.27-alpine"
        }
        container {
          name  = "sidecar"
          image = var.sidecar_image
        }
      }
    }
  }
}

resource "azurerm_container_app" "api" {
  name                         = "api"
  container_app_environment_id = azurerm_container_app_environment.main.id
  resource_group_name          = "rg-api"
  revision_mode                = "Single"
  template {
    container {
      name   = "api"
      image  = "kommune.azurecr.io/api:2.0.3"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
}

resource "google_cloud_run_v2_service" "jobs" {
  name     = "jobs"
  location = "europe-north1"
  template {
    containers {
      image = "europe-north1-docker.pkg.dev/kommune/jobs/runner:7"
    }
  }
}
