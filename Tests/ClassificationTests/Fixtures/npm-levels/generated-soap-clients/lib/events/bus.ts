import { EventEmitter } from "events"

export const loanEvents = new EventEmitter()
