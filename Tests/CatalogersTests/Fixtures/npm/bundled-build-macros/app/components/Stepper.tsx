import useCollapse from "react-collapsed";

export function Stepper() {
  const { getCollapseProps } = useCollapse();
  return <section {...getCollapseProps()} />;
}
