import { Link } from "react-router";

export default function Index() {
  return <Link to="/beratungshilfe">Beratungshilfe</Link>;
}
