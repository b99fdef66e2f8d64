import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const config = parse(readFileSync('.changelog.yml', 'utf8'));
if (!config.sections) process.exit(1);
