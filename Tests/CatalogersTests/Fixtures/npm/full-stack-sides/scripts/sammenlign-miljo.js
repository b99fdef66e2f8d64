// Compares two environment files before a deployment; run by hand, beside the system.
const deepEqual = require('deep-equal');
const fs = require('node:fs');

const [a, b] = process.argv.slice(2).map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
console.log(deepEqual(a, b) ? 'like' : 'ulike');
