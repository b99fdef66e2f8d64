import { index, route } from "@react-router/dev/routes";
import { flowIds } from "../../util/flowIds";

export function flowRoutes(flowId: string) {
  if (!flowIds.includes(flowId)) throw new Error(`unknown flow ${flowId}`);
  return [index(`routes/shared/flowStart.tsx`, { id: `${flowId}-start` }), route("*", "routes/shared/flow.tsx", { id: flowId })];
}
