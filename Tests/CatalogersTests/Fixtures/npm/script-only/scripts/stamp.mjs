// Writes the build's version next to the bundle.
import { writeFileSync } from 'node:fs';
const semver = require ( 'semver' );
writeFileSync('dist/version.txt', semver.clean(process.env.VERSION ?? '0.0.0') ?? '');
