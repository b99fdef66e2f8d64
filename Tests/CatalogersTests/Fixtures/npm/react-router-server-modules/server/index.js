import express from 'express'
import { createRequestHandler } from '@react-router/express'

const app = express()
app.all('*', createRequestHandler({ build: () => import('../build/server/index.js') }))
app.listen(3000)
