import { type MaybePromise } from "p-map";

export type PageSchema = { load: () => MaybePromise<string> };
export const pageSchemas: Record<string, PageSchema> = {};
