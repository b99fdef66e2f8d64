export { default as UtrechtButton } from "./Button.vue";
