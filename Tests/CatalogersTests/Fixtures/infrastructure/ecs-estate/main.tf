# Modelled on public ECS and EKS estates: task definitions written three ways, Helm releases of add-ons.
terraform {
  required_providers {
    aws  = { source = "hashicorp/aws", version = "~> 5.70" }
    helm = { source = "hashicorp/helm", version = "~> 2.15" }
  }
}

resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:2.7.0"
      essential = true
    },
    {
      name  = "log-router"
      image = "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4"
    },
    {
      name  = "migrations"
      image = "${var.registry}/migrations:${var.release}"
    },
  ])
}

resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  container_definitions = <<DEFINITIONS
[
  {
    "name": "worker",
    "image": "ghcr.io/example-org/worker:1.4.2",
    "essential": true
  }
]
DEFINITIONS
}

resource "aws_ecs_task_definition" "batch" {
  family                = "batch"
  container_definitions = file("${path.module}/task-definitions/batch.json")
}

resource "aws_ecs_task_definition" "broken" {
  family                = "broken"
  container_definitions = "[{\"name\": \"x\", \"image\": "
}

resource "helm_release" "karpenter" {
  namespace  = "kube-system"
  name       = "karpenter"
  repository = "oci://public.ecr.aws/karpenter"
  chart      = "karpenter"
  version    = "1.0.2"
}

resource "helm_release" "device_plugin" {
  name       = "nvidia-device-plugin"
  repository = "https://nvidia.github.io/k8s-device-plugin"
  chart      = "nvidia-device-plugin"
  version    = "0.17.1"
}

resource "helm_release" "ingress" {
  name  = "ingress"
  chart = "oci://registry-1.docker.io/bitnamicharts/nginx-ingress-controller"
}

resource "helm_release" "own" {
  name  = "karpenter-resources"
  chart = "./karpenter-resources"
}

resource "helm_release" "addon" {
  name  = "addon"
  chart = try(var.addon.chart, "aws-load-balancer-controller")
}
