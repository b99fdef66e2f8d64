import express from "express";

const app = express();
app.get("/health", (_request, response) => response.send("ok"));
app.listen(5001);
