const { CommitParser } = require('conventional-commits-parser');
const { parseCommits } = require('./commits');

function writeNotes(options) {
  const parser = new CommitParser();
  return parseCommits(options.from).map((text) => parser.parse(text));
}

if (process.argv.includes('--print-schema')) {
  console.log(JSON.stringify({ type: 'object' }));
}

module.exports = { writeNotes };
