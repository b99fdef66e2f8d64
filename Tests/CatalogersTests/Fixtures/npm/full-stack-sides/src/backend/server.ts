import express from 'express';
import path from 'node:path';
import { leggTilProxy } from './proxy.js';
import { loggTid } from './logg.js';

const app = express();
leggTilProxy(app);
app.use(express.static(path.join(process.cwd(), 'dist_frontend')));
app.listen(8000, () => loggTid('server startet'));
