const yaml = require("js-yaml");
const fs = require("node:fs");

exports.readRules = (folder) => fs.readdirSync(folder).map((name) => yaml.load(fs.readFileSync(`${folder}/${name}`, "utf8")));
