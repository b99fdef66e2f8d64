const y = require('yaml')
