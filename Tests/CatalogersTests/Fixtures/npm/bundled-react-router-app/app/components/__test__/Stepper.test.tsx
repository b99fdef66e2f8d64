import { render } from "@testing-library/react";
import { expect, it } from "vitest";
import { Stepper } from "../Stepper";

it("lists the flows", () => {
  expect(render(<Stepper />).getByText("beratungshilfe")).toBeDefined();
});
