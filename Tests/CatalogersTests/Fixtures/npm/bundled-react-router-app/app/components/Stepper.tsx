import { useCollapse } from "react-collapsed";
import { flowIds } from "../util/flowIds";

export function Stepper() {
  const { getCollapseProps, getToggleProps } = useCollapse();
  return (
    <nav>
      <button {...getToggleProps()}>Schritte</button>
      <ol {...getCollapseProps()}>{flowIds.map((id) => <li key={id}>{id}</li>)}</ol>
    </nav>
  );
}
