export default function ProspectsPage() {
  return <h1>ProspectsPage</h1>;
}
