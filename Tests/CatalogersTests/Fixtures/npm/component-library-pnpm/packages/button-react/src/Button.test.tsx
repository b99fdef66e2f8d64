import { render } from "@testing-library/react";
import { Button } from "./index";

it("renders", () => {
    expect(render(<Button />).container.firstChild).toBeTruthy();
});
