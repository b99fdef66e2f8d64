import { mount } from "@vue/test-utils";
import Dashboard from "../pages/Dashboard.vue";

test("mounts", () => {
    expect(mount(Dashboard).text()).toContain("Status");
});
