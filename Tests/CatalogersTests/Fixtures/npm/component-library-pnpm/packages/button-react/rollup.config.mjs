import { defineConfig } from "rollup";

export default defineConfig({ input: "src/index.tsx", external: ["react", "react-dom", "clsx"], output: { file: "dist/index.mjs" } });
