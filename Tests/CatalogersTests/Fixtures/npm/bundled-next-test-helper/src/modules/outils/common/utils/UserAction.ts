import userEvent from "@testing-library/user-event";
import { fireEvent } from "@testing-library/react";

/** Drives the simulator's forms in tests, one user action after another. */
export class UserAction {
  click(element: HTMLElement): UserAction {
    fireEvent.click(element);
    return this;
  }

  async selectOption(element: HTMLElement, value: string): Promise<UserAction> {
    await userEvent.selectOptions(element, value);
    return this;
  }
}
