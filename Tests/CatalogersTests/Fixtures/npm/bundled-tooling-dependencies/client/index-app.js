import Vue from 'vue'
import EditorMarkdown from './components/editor-markdown.vue'

new Vue({ el: '#root', components: { EditorMarkdown } })
