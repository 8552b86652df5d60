export default function MeetingsPage() {
  return <h1>MeetingsPage</h1>;
}
