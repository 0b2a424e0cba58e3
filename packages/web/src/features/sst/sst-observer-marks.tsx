import type { SstObserver } from "@passerelle/domain";
import type { ReactElement } from "react";

/**
 * Each observer's series is told apart by three things, never by colour alone: the shape of its points, the dash of
 * its line, and its name in the legend beside the same shape.
 */
export const observerStyle: Record<SstObserver, { color: string; cssColor: string; dash: string | undefined; shape: "circle" | "square" | "triangle" | "diamond" | "cross" }> = {
  self: { color: "blue.8", cssColor: "var(--mantine-color-blue-8)", dash: undefined, shape: "circle" },
  specialist: { color: "teal.9", cssColor: "var(--mantine-color-teal-9)", dash: "7 4", shape: "square" },
  employer: { color: "orange.9", cssColor: "var(--mantine-color-orange-9)", dash: "2 3", shape: "triangle" },
  family: { color: "grape.8", cssColor: "var(--mantine-color-grape-8)", dash: "9 3 2 3", shape: "diamond" },
  other: { color: "gray.8", cssColor: "var(--mantine-color-gray-8)", dash: "1 5", shape: "cross" },
};

/** One point's mark, centred on (cx, cy). */
export const ObserverMark = ({ observer, cx, cy, size = 5 }: { observer: SstObserver; cx: number; cy: number; size?: number }): ReactElement => {
  const { cssColor, shape } = observerStyle[observer];
  const common = { fill: cssColor, stroke: "var(--mantine-color-white)", strokeWidth: 1 };
  switch (shape) {
    case "circle":
      return <circle cx={cx} cy={cy} r={size} {...common} />;
    case "square":
      return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...common} />;
    case "triangle":
      return <polygon points={`${cx},${cy - size * 1.25} ${cx + size * 1.2},${cy + size} ${cx - size * 1.2},${cy + size}`} {...common} />;
    case "diamond":
      return <polygon points={`${cx},${cy - size * 1.35} ${cx + size * 1.2},${cy} ${cx},${cy + size * 1.35} ${cx - size * 1.2},${cy}`} {...common} />;
    case "cross":
      return <path d={`M${cx - size},${cy - size}L${cx + size},${cy + size}M${cx + size},${cy - size}L${cx - size},${cy + size}`} stroke={cssColor} strokeWidth={2.5} />;
  }
};

/** The legend's sample: a bit of the dashed line with the point's shape on it. */
export const ObserverSample = ({ observer }: { observer: SstObserver }) => (
  <svg width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
    <line x1="0" y1="8" x2="36" y2="8" stroke={observerStyle[observer].cssColor} strokeWidth="2.5" strokeDasharray={observerStyle[observer].dash} />
    <ObserverMark observer={observer} cx={18} cy={8} size={5} />
  </svg>
);
