import type { ReactNode } from 'react';

/** The box recharts shows on hover, in the app's style. */
export function ChartTooltip({ title, lines }: { title: ReactNode; lines: ReactNode[] }) {
  return (
    <div style={{ background: '#fff', border: '1px solid #e5e8ee', borderRadius: 6, padding: '8px 12px', boxShadow: '0 4px 12px rgba(0,0,0,0.08)', maxWidth: 320 }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{title}</div>
      {lines.map((line, i) => (
        <div key={i} style={{ fontSize: 13 }}>
          {line}
        </div>
      ))}
    </div>
  );
}
