import { slug } from "../slug";

export default function Home() { return <a href={`/${slug("Contrat de travail")}`}>Contrat</a>; }
