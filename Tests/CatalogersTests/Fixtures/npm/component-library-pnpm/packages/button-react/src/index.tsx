import clsx from "clsx";
import { forwardRef } from "react";

export const Button = forwardRef<HTMLButtonElement, { appearance?: string }>(({ appearance }, ref) => (
    <button ref={ref} className={clsx("utrecht-button", appearance)} />
));
