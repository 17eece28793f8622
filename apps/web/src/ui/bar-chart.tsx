import { useId } from 'react';

export interface Bar {
  label: string;
  // null: hidden (a small group, or one hidden to protect it).
  value: number | null;
}

interface BarChartProps {
  bars: Bar[];
  // The words a hidden bar shows instead of a length ("färre än 5").
  hiddenLabel: string;
  // One sentence that says what the chart shows, for everyone (and as the image's name).
  summary: string;
  formatValue: (value: number) => string;
}

const WIDTH = 640;
const LABEL = 230;
const ROW = 28;
const BAR = 18;
const HIDDEN_WIDTH = 44;

// A horizontal bar chart drawn as SVG attributes (the Content Security Policy allows no inline
// styles). A hidden value is never a zero-length bar: it is a hatched box with its words, so a
// reader cannot mistake "too few to show" for "none". The same figures are always in a table
// next to the chart; the chart is one image named by its summary sentence.
export function BarChart({ bars, hiddenLabel, summary, formatValue }: BarChartProps) {
  const id = useId();
  const hatch = `${id}-hatch`;
  const captionId = `${id}-caption`;
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const room = WIDTH - LABEL - 70;
  const height = bars.length * ROW + 8;
  return (
    <figure className="brygga-chart">
      <figcaption id={captionId} className="brygga-chart-summary">
        {summary}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={captionId}
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="#49515e" strokeWidth="2" />
          </pattern>
        </defs>
        {bars.map((bar, i) => {
          const y = 4 + i * ROW;
          const length = bar.value === null ? 0 : (room * bar.value) / max;
          return (
            <g key={bar.label}>
              <text x={LABEL - 8} y={y + BAR - 4} textAnchor="end" fontSize="13" fill="#23262a">
                {bar.label}
              </text>
              {bar.value === null ? (
                <>
                  <rect
                    x={LABEL}
                    y={y}
                    width={HIDDEN_WIDTH}
                    height={BAR}
                    fill={`url(#${hatch})`}
                    stroke="#49515e"
                    strokeWidth="1"
                  />
                  <text x={LABEL + HIDDEN_WIDTH + 6} y={y + BAR - 4} fontSize="13" fill="#23262a">
                    {hiddenLabel}
                  </text>
                </>
              ) : (
                <>
                  <rect x={LABEL} y={y} width={length} height={BAR} fill="#2c5e96" />
                  <text x={LABEL + length + 6} y={y + BAR - 4} fontSize="13" fill="#23262a">
                    {formatValue(bar.value)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
