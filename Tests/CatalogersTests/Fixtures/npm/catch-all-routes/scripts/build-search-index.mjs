// Writes the search index of the guides' titles at build time.
import matter from "gray-matter";
import { globby } from "globby";

for (const file of await globby("content/guides/**/*.md")) console.log(file, matter.read(file).data.title);
