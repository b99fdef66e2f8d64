import { prefix, type RouteConfig } from "@react-router/dev/routes";
import { flatRoutes } from "@react-router/fs-routes";
import { flowRoutes } from "./services/routing/flowRoutes";

// Read by React Router's Vite plugin while building: see https://reactrouter.com/how-to/file-route-conventions
export default [
  ...(await flatRoutes({ ignoredRouteFiles: ["**/*.test.tsx"] })),
  ...prefix("beratungshilfe", flowRoutes("beratungshilfe")),
] satisfies RouteConfig;
