import type { NetworkRelationEffect } from "@passerelle/domain";
import { useId } from "react";

/** An id usable in `url(#...)` references (React's ids carry colons). */
export const useSvgId = (prefix: string): string => `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;

/**
 * The shape of a member on the map, so that whether a relation helps or weighs never rests on colour alone: a solid
 * round with "+" helps, a hatched diamond with "−" weighs, a round half solid, half hatched with "±" is both.
 * `hatchId` names the hatch pattern of the SVG it is drawn in (see `HatchPattern`).
 */
export const markerRadius = 13;

const glyphs: Record<NetworkRelationEffect, string> = { helps: "+", weighs: "−", mixed: "±" };

export const HatchPattern = ({ id }: { id: string }) => (
  <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
    <rect width="6" height="6" fill="#fff5f5" />
    <line x1="0" y1="0" x2="0" y2="6" stroke="#c92a2a" strokeWidth="3" />
  </pattern>
);

export const EffectMarker = ({ effect, hatchId, r = markerRadius }: { effect: NetworkRelationEffect; hatchId: string; r?: number }) => {
  const glyph = (
    <text
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={r * 1.35}
      fontWeight={700}
      fill={effect === "helps" ? "#ffffff" : "#212529"}
      stroke={effect === "helps" ? "none" : "#ffffff"}
      strokeWidth={effect === "helps" ? 0 : 3}
      paintOrder="stroke"
      aria-hidden="true"
    >
      {glyphs[effect]}
    </text>
  );
  if (effect === "helps") {
    return (
      <g>
        <circle r={r} fill="#2b8a3e" stroke="#1b4d27" strokeWidth={2} />
        {glyph}
      </g>
    );
  }
  if (effect === "weighs") {
    const d = r * 1.25;
    return (
      <g>
        <polygon points={`0,${-d} ${d},0 0,${d} ${-d},0`} fill={`url(#${hatchId})`} stroke="#a61e1e" strokeWidth={2.5} />
        {glyph}
      </g>
    );
  }
  return (
    <g>
      <path d={`M 0 ${-r} A ${r} ${r} 0 0 0 0 ${r} Z`} fill="#2b8a3e" />
      <path d={`M 0 ${-r} A ${r} ${r} 0 0 1 0 ${r} Z`} fill={`url(#${hatchId})`} />
      <circle r={r} fill="none" stroke="#343a40" strokeWidth={2} />
      {glyph}
    </g>
  );
};

/** A small stand-alone marker, for the legend and the tables (decorative: the text beside it says the same). */
export const EffectIcon = ({ effect }: { effect: NetworkRelationEffect }) => {
  const id = useSvgId("hatch");
  return (
    <svg width="26" height="26" viewBox="-16 -16 32 32" aria-hidden="true" focusable="false" style={{ flex: "none", verticalAlign: "middle" }}>
      <defs>
        <HatchPattern id={id} />
      </defs>
      <EffectMarker effect={effect} hatchId={id} r={11} />
    </svg>
  );
};
