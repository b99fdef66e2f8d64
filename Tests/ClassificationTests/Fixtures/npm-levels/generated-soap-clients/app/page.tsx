export default function Home() {
  return <main>Loans</main>
}
