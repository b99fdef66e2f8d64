// Starts the server, which serves the interface webpack built into assets/.
require('./server')
