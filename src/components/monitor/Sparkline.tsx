import { sparklineGeometry } from '@/monitor/chart'

type Props = { values: number[]; averages: (number | null)[]; label: string }

/** A small trend line (region solid, Gelderland dashed), described in words for screen readers. */
export function Sparkline({ values, averages, label }: Props) {
  const g = sparklineGeometry(values, averages)
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${g.width} ${g.height}`}
      width={g.width}
      height={g.height}
      role="img"
      aria-label={label}
    >
      <path d={g.averageD} fill="none" stroke="#6b6b6b" strokeWidth={1.5} strokeDasharray="3 3" />
      <path d={g.d} fill="none" stroke="#1b4f9c" strokeWidth={2} />
      {g.last ? <circle cx={g.last.x} cy={g.last.y} r={3} fill="#1b4f9c" /> : null}
    </svg>
  )
}
