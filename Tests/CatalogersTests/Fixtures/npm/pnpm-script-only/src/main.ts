import express from "express";
import { PrismaClient } from "@prisma/client";

const app = express();
const prisma = new PrismaClient();
app.get("/notes", async (_req, res) => res.json(await prisma.note.findMany()));
app.listen(3000);
