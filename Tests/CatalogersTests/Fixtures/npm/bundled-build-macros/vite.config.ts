import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";
import { envOnlyMacros } from "vite-env-only";

export default defineConfig({
  plugins: [reactRouter(), envOnlyMacros()],
});
