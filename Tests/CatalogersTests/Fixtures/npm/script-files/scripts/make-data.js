// Compiles the YAML rules into the JSON the pages read.
const { parse } = require("yaml");
const { readRules } = require("./lib/read-rules");
const { slug } = require("../src/slug");

for (const rule of readRules("rules")) console.log(slug(rule.title), parse(rule.text));
