import express from "express";
import { newId } from "./lib/ids";

const app = express();
app.get("/health", (_req, res) => res.json({ id: newId(), format: "yaml" }));
app.listen(3000);
