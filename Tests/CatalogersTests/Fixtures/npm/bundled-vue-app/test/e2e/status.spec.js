import { test, expect } from "@playwright/test";

test("dashboard", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("h1")).toHaveText("Status");
});
