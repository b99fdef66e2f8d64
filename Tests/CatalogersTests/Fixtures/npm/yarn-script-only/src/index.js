import React from "react";

export const App = () => React.createElement("div", null, "editor");
