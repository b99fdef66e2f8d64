import { createElement } from "react";

export const Widget = () => createElement("div", null, "Reserve");
