export default function ProspectDetailPage() {
  return <h1>ProspectDetailPage</h1>;
}
