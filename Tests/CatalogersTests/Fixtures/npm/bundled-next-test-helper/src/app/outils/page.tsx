import { push } from "@socialgouv/matomo-next";
import { Simulator } from "../../modules/outils/indemnite/Simulator";

export default function OutilsPage() {
  push(["trackEvent", "outil", "view"]);
  return <Simulator />;
}
