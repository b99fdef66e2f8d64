const path = require('path')

module.exports = {
  mode: 'production',
  entry: { app: './client/index-app.js' },
  output: { path: path.join(process.cwd(), 'assets') },
  resolve: { alias: { 'vue$': 'vue/dist/vue.esm.js' } }
}
