import { render } from "@testing-library/react";
import OutilsPage from "../page";

test("shows the simulator", () => {
  expect(render(<OutilsPage />).getByText("Commencer")).toBeTruthy();
});
