import { createRequestHandler } from "@react-router/express";
import express from "express";

const app = express();
app.all("*", createRequestHandler({ build: () => import("./build/server/index.js") }));
app.listen(3000);
