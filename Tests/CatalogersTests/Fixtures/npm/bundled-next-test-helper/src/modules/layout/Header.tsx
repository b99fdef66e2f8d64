import { Header as DsfrHeader } from "@codegouvfr/react-dsfr/Header";

export function Header() {
  return <DsfrHeader brandTop="Ministère du Travail" homeLinkProps={{ href: "/", title: "Accueil" }} />;
}
