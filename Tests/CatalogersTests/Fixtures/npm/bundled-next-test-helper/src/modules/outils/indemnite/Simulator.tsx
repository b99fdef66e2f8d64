import Button from "@codegouvfr/react-dsfr/Button";

export function Simulator() {
  return <Button>Commencer</Button>;
}
