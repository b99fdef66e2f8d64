import Head from 'next/head';
import Link from 'next/link';

import MapLegendPortal from '@/components/MapLegendPortal';

export default function HomePage() {
  return (
    <>
      <Head>
        <title>France Chaleur Urbaine</title>
      </Head>
      <Link href="/carte">Voir la carte des réseaux</Link>
      <MapLegendPortal>Réseaux de chaleur</MapLegendPortal>
    </>
  );
}
