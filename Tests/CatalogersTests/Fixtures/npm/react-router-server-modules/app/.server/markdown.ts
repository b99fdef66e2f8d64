import { marked } from 'marked'

export const toHTML = (text: string) => marked.parse(text)
