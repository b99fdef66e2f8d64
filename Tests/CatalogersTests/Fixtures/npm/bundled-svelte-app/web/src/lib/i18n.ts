import { init, register, _ } from "svelte-i18n";

register("da", () => import("./translations/da.json"));
init({ fallbackLocale: "da" });
export { _ };
