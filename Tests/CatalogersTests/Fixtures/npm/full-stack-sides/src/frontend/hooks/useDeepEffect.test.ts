import { createProxyMiddleware } from 'http-proxy-middleware';
import { useDeepEffect } from './useDeepEffect';

test('kjører', () => expect(useDeepEffect).toBeDefined() && expect(createProxyMiddleware).toBeDefined());
