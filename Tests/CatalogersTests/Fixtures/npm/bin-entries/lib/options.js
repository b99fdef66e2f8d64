exports.defaults = { from: 'latest' };
