import { formatAddress, parseAddress } from "../taskpane/excel/a1-address";
import type { ChartSnapshot, SimulatedExcel } from "./simulator";

const palette = ["#0f6cbd", "#e3008c", "#107c10", "#ca5010", "#8764b8", "#038387", "#986f0b", "#c50f1f"];
const width = 360;
const height = 220;
const margin = { left: 44, right: 10, top: 26, bottom: 12 };

function cellsAt(excel: SimulatedExcel, address: string | null): (number | string)[] {
  if (address === null) return [];
  const parsed = parseAddress(address);
  const sheetName = parsed.sheetName ?? excel.workbook.activeSheetName;
  if (sheetName === null || !excel.workbook.hasSheet(sheetName)) return [];
  return excel.workbook
    .sheet(sheetName)
    .values(formatAddress(parsed.rect))
    .flat()
    .map((value) => (typeof value === "number" || typeof value === "string" ? value : ""));
}

/** A chart drawn from what the add-in asked Excel for: its type, series ranges and titles. */
export function ChartView({
  excel,
  chart,
}: {
  readonly excel: SimulatedExcel;
  readonly chart: ChartSnapshot;
}) {
  const series = chart.series.map((entry) => ({
    name: entry.name,
    y: cellsAt(excel, entry.valuesAddress).map(Number),
    x: cellsAt(excel, entry.xValuesAddress),
  }));
  const allY = series.flatMap((entry) => entry.y).filter(Number.isFinite);
  const scatter = chart.type.toLowerCase().includes("scatter");
  const allX = scatter ? series.flatMap((entry) => entry.x.map(Number)).filter(Number.isFinite) : [];
  const maxY = Math.max(1e-9, ...allY);
  const minY = Math.min(0, ...allY);
  const maxX = Math.max(1e-9, ...allX);
  const minX = Math.min(0, ...allX);
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const yOf = (value: number) => margin.top + plotHeight * (1 - (value - minY) / (maxY - minY || 1));
  const xOf = (value: number) => margin.left + (plotWidth * (value - minX)) / (maxX - minX || 1);
  const categories = Math.max(1, ...series.map((entry) => entry.y.length));
  const slot = plotWidth / categories;
  return (
    <figure
      style={{ margin: 8, border: "1px solid #ddd", background: "#fff", width }}
      aria-label={chart.title}
    >
      <svg width={width} height={height} role="img" aria-label={chart.title}>
        <text x={width / 2} y={16} textAnchor="middle" fontSize={12} fontWeight={600}>
          {chart.title}
        </text>
        <line x1={margin.left} x2={width - margin.right} y1={yOf(minY)} y2={yOf(minY)} stroke="#999" />
        <line x1={margin.left} x2={margin.left} y1={margin.top} y2={height - margin.bottom} stroke="#999" />
        <text x={4} y={margin.top + 8} fontSize={9}>
          {maxY.toLocaleString("en-US", { maximumFractionDigits: 2 })}
        </text>
        {series.map((entry, seriesIndex) => {
          const color = palette[seriesIndex % palette.length];
          if (scatter) {
            return entry.y.map((value, index) => (
              <circle
                key={`${seriesIndex}-${index}`}
                cx={xOf(Number(entry.x[index]))}
                cy={yOf(value)}
                r={3}
                fill={color}
                opacity={0.7}
              />
            ));
          }
          if (chart.type.toLowerCase().includes("line")) {
            const points = entry.y
              .map((value, index) => `${margin.left + slot * (index + 0.5)},${yOf(value)}`)
              .join(" ");
            return <polyline key={seriesIndex} points={points} fill="none" stroke={color} strokeWidth={2} />;
          }
          const barWidth = (slot * 0.8) / series.length;
          return entry.y.map((value, index) => (
            <rect
              key={`${seriesIndex}-${index}`}
              x={margin.left + slot * index + slot * 0.1 + barWidth * seriesIndex}
              y={Math.min(yOf(value), yOf(0))}
              width={barWidth}
              height={Math.abs(yOf(0) - yOf(value))}
              fill={color}
            />
          ));
        })}
      </svg>
      {/* The legend wraps below the plot, so no entry is cut off at the chart's edge (issue 12, item 7). */}
      <figcaption
        style={{ display: "flex", flexWrap: "wrap", gap: "2px 12px", padding: "0 8px 6px", fontSize: 9 }}
      >
        {series.map((entry, seriesIndex) => (
          <span
            key={entry.name}
            style={{ color: palette[seriesIndex % palette.length], whiteSpace: "nowrap" }}
          >
            ■ {entry.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
