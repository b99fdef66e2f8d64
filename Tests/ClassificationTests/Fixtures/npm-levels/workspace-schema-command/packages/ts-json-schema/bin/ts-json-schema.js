#!/usr/bin/env node
import { program } from 'commander';
import { createGenerator } from 'ts-json-schema-generator';

program.option('--out <dir>').parse();
const schema = createGenerator({ path: 'src/index.ts', type: '*' }).createSchema('*');
console.log(JSON.stringify(schema));
