import { initTRPC } from '@trpc/server';

import { db } from './db';

const t = initTRPC.create();

export const appRouter = t.router({
  networks: t.procedure.query(() => db.selectFrom('reseaux_de_chaleur').selectAll().execute()),
});
