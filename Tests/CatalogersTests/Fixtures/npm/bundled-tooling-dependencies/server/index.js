const pako = require('pako')

module.exports = { inflate: pako.inflate }
