import express from "express";
import { slug } from "./slug";

express().get("/slug/:text", (req, res) => res.send(slug(req.params.text))).listen(3000);
