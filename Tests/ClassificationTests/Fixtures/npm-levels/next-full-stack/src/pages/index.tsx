import Head from 'next/head';
import Link from 'next/link';

export default function HomePage() {
  return (
    <>
      <Head>
        <title>France Chaleur Urbaine</title>
      </Head>
      <Link href="/carte">Voir la carte des réseaux</Link>
    </>
  );
}
