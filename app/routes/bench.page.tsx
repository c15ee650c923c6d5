/** A page that loads nothing: the benchmark's measure of rendering the site's frame alone. */
export function loader() {
  return null
}

export default function BenchPage() {
  return <h1>Bench</h1>
}
