// Scaffold so the step registry compiles while this step is being built; replaced by the real form.
export default function Step() {
  return <p>budget</p>;
}
