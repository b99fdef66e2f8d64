import { Links, Meta, Outlet, Scripts } from "react-router";
import { Stepper } from "./components/Stepper";

export default function App() {
  return (
    <html lang="de">
      <head>
        <Meta />
        <Links />
      </head>
      <body>
        <Stepper />
        <Outlet />
        <Scripts />
      </body>
    </html>
  );
}
