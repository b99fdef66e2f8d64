const webpack = require('webpack')
module.exports = { mode: 'production', entry: { app: './client/client-app.js' }, plugins: [new webpack.ProgressPlugin()] }
