import slugify from "slugify";

export const slug = (text: string) => slugify(text, { lower: true });
