import { render } from "@testing-library/react";
import { UserAction } from "../../common/utils/UserAction";
import { Simulator } from "../Simulator";

test("starts the simulation", () => {
  const { getByText } = render(<Simulator />);
  new UserAction().click(getByText("Commencer"));
});
