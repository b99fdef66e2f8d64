#!/usr/bin/env node
import { join } from 'node:path';
import { cwd } from 'node:process';
import { updatePackageJson } from './lib/configure.mjs';

await updatePackageJson(join(cwd(), 'package.json'));
