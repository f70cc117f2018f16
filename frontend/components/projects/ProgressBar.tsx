/** A percentage as a native <progress> with its value written out (never colour alone). */
export function ProgressBar({ value, label }: { value: number | null | undefined; label: string }) {
  if (value == null) return <p className="fr-text--sm fr-mb-1w">{label} : pas encore d&apos;action suivie.</p>;
  return (
    <p className="fr-text--sm fr-mb-1w">
      {label} : <strong>{value} %</strong>
      <br />
      <progress max={100} value={value} aria-label={`${label} : ${value} %`} style={{ width: "100%", maxWidth: "20rem" }} />
    </p>
  );
}
