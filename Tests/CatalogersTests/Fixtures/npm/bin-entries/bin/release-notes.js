#!/usr/bin/env node
const { Command } = require('commander');
const { defaults } = require('../lib/options.js');

const program = new Command('release-notes');
program.option('--from <tag>', 'the tag to start at', defaults.from);
program.action((options) => process.stdout.write(JSON.stringify(options)));
program.parse();
