import { createApp, defineComponent, h } from "vue";
import App from "./App.vue";

const Root = defineComponent({ render: () => h(App) });
createApp(Root).mount("#app");
