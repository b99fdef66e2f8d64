import { redirect, type Handle } from "@sveltejs/kit";

export const handle: Handle = async ({ event, resolve }) => {
    if (!event.cookies.get("token")) throw redirect(302, "/login");
    return resolve(event);
};
