import { tokens } from "@fluentui/react-components";
import type { ElbowPoint } from "../../../engine/jobs/segment";

const widthPx = 300;
const heightPx = 150;
const padPx = { left: 8, right: 8, top: 10, bottom: 22 };

export interface ElbowChartProps {
  readonly points: readonly ElbowPoint[];
  readonly kneeK: number | null;
  readonly chosenK: number;
  /** Text alternative for screen readers. */
  readonly label: string;
}

/** The elbow curve (inertia by k) with the knee marked and the chosen k highlighted. */
export function ElbowChart({ points, kneeK, chosenK, label }: ElbowChartProps) {
  const maxInertia = Math.max(1e-12, ...points.map((point) => point.inertia));
  const plotWidth = widthPx - padPx.left - padPx.right;
  const plotHeight = heightPx - padPx.top - padPx.bottom;
  const xOf = (index: number) =>
    padPx.left + (points.length <= 1 ? plotWidth / 2 : (plotWidth * index) / (points.length - 1));
  const yOf = (inertia: number) => padPx.top + plotHeight * (1 - inertia / maxInertia);
  const path = points.map((point, index) => `${xOf(index)},${yOf(point.inertia)}`).join(" ");
  return (
    <svg width={widthPx} height={heightPx} role="img" aria-label={label} data-testid="elbow-chart">
      <polyline points={path} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} />
      {points.map((point, index) => (
        <g key={point.k}>
          <circle
            cx={xOf(index)}
            cy={yOf(point.inertia)}
            r={point.k === chosenK ? 6 : point.k === kneeK ? 5 : 3}
            fill={point.k === kneeK ? tokens.colorPaletteRedForeground1 : tokens.colorBrandForeground1}
            stroke={point.k === chosenK ? tokens.colorNeutralForeground1 : "none"}
            strokeWidth={2}
          />
          <text x={xOf(index)} y={heightPx - 6} fontSize={10} textAnchor="middle">
            {point.k}
          </text>
        </g>
      ))}
    </svg>
  );
}
