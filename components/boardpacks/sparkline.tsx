// A KPI's last values as a small inline SVG line: no script, so it prints
// and reads the same in the page and the PDF. The label says the values in
// words; the line itself is decoration for those who can see it.
export function Sparkline({ values, label, width = 120, height = 28 }: { values: readonly number[]; label: string; width?: number; height?: number }) {
  if (values.length < 2) return <span className="text-sm text-slate-700">{values.length ? "One value" : "No values"}</span>;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 3;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (values.length - 1);
  const y = (v: number) => height - pad - ((v - min) * (height - 2 * pad)) / span;
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  const last = values.length - 1;
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="inline-block align-middle">
      <title>{label}</title>
      <polyline points={points} fill="none" stroke="#1e3a8a" strokeWidth="1.5" strokeLinejoin="round" />
      <circle cx={x(last)} cy={y(values[last]!)} r="2.5" fill="#1e3a8a" />
    </svg>
  );
}
