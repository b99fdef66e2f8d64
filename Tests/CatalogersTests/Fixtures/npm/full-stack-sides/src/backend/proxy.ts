import type { Express } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';

export const leggTilProxy = (app: Express) => {
    app.use('/api', createProxyMiddleware({ target: process.env.SAK_API_URL, changeOrigin: true }));
};
