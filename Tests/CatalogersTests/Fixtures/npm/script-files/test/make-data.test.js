const yaml = require("yaml");
const { readRules } = require("../scripts/lib/read-rules");

require("node:test")("reads the rules", () => readRules("test/rules").forEach((rule) => yaml.stringify(rule)));
