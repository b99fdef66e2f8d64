import { readFile, writeFile } from 'node:fs/promises';
import { glob } from 'glob';
import sortPackageJson from 'sort-package-json';

export const updatePackageJson = async (path) => {
  const manifest = JSON.parse(await readFile(path, 'utf8'));
  manifest.files = await glob(['dist/**/*.mjs']);
  await writeFile(path, JSON.stringify(sortPackageJson(manifest), null, 2));
};
