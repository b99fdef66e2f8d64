import Vue from 'vue'
import PasswordStrength from './components/password-strength.vue'
new Vue({ render: h => h(PasswordStrength) }).$mount('#root')
