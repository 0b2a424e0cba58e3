import {
  layoutNetworkMap,
  type NetworkMapLayout,
  type NetworkMember,
  networkCentreRadius,
  networkClosenessLevels,
  networkRings,
  summarizeNetworkMap,
} from "@passerelle/domain";
import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { EffectMarker, HatchPattern, useSvgId } from "./effect-marker";
import { useNetworkMapText } from "./use-network-map-text";

/**
 * Sizes in CSS pixels. The drawing is laid out for the width it is shown at (measured), so its words keep the same
 * size whether the map is alone or beside another one, and only the circles grow or shrink.
 */
const TEXT = { member: 12, sector: 13, ring: 11, me: 15 };
const MARKER = 10;
const LABEL_MAX = 18;
/** Until the drawing is measured (and on paper). */
const ASSUMED_WIDTH = 560;
const MIN_WIDTH = 300;
const MAX_WIDTH = 900;
/** Room above and below the circle for the names of the slices at the top and bottom. */
const TOP = 26;
/** A rough width of a character of the UI font, to keep a slice's name inside the drawing. */
const CHAR = 0.6;

const shortName = (name: string): string => (name.length > LABEL_MAX ? `${name.slice(0, LABEL_MAX - 1).trimEnd()}…` : name);

const polar = (angle: number, radius: number) => {
  const theta = (angle * Math.PI) / 180;
  return { x: radius * Math.sin(theta), y: -radius * Math.cos(theta) };
};

/** The width the drawing is shown at, followed as its column changes. */
const useMeasuredWidth = (): [(el: SVGSVGElement | null) => void, number] => {
  const [width, setWidth] = useState(ASSUMED_WIDTH);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: SVGSVGElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el || typeof ResizeObserver === "undefined") return;
    observer.current = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.current.observe(el);
  }, []);
  return [ref, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width))];
};

export type MemberEmphasis = "joined" | "left";

type NetworkMapDrawingProps = {
  members: readonly NetworkMember[];
  /** The title read by screen readers (the drawing is one image; the table beside it gives every detail). */
  title: string;
  /** When drawn beside another snapshot: the shared layout (see `layoutNetworkMap`'s `alongside`). */
  layout?: NetworkMapLayout;
  /** Members to outline (those who joined or left, in a comparison). */
  emphasis?: ReadonlyMap<string, MemberEmphasis>;
  maxWidth?: number | string;
};

/**
 * "Mon réseau de soutien" drawn as concentric circles around the person ("Moi"): circle 1 the closest, one slice
 * per kind of member, each member a labelled marker whose shape says whether the relation helps or weighs.
 */
export const NetworkMapDrawing = ({ members, title, layout, emphasis, maxWidth = 620 }: NetworkMapDrawingProps) => {
  const { t } = useTranslation();
  const text = useNetworkMapText();
  const titleId = useSvgId("network-map-title");
  const descId = useSvgId("network-map-desc");
  const hatchId = useSvgId("network-map-hatch");
  const [svgRef, width] = useMeasuredWidth();
  // The sides keep room for the slices' names; the circle takes the rest.
  const side = Math.min(110, width * 0.17);
  const R = width / 2 - side;
  const half = width / 2;
  const placed = layout ?? layoutNetworkMap(members);
  const byId = new Map(members.map((m) => [m.id, m]));
  const summary = summarizeNetworkMap([...members]);
  const rings = networkClosenessLevels
    .filter((c) => summary.byCloseness[c] > 0)
    .map((c) => t("networkMaps.drawing.ringCount", { count: summary.byCloseness[c], ring: c }));
  const description = t("networkMaps.drawing.desc", { count: members.length, rings: text.list(rings) });
  const ringFills = ["#d0ebff", "#e7f5ff", "#f1f3f5"];

  return (
    <svg
      ref={svgRef}
      className="network-map-drawing"
      viewBox={`${-half} ${-(R + TOP)} ${width} ${2 * (R + TOP)}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      style={{ width: "100%", maxWidth, height: "auto", display: "block" }}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <defs>
        <HatchPattern id={hatchId} />
      </defs>
      {[...networkRings].reverse().map((ring, i) => (
        <circle key={ring.closeness} r={ring.outer * R} fill={ringFills[2 - i]} stroke="#868e96" strokeWidth={1.5} />
      ))}
      {placed.sectors.length > 1
        ? placed.sectors.map((sector) => {
            const from = polar(sector.start, networkCentreRadius * R);
            const to = polar(sector.start, R);
            return <line key={sector.kind} x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="#868e96" strokeWidth={1.2} strokeDasharray="3 5" />;
          })
        : null}
      {networkRings.map((ring) => (
        <text key={ring.closeness} x={-4} y={-ring.outer * R + TEXT.ring + 1} textAnchor="end" fontSize={TEXT.ring} fill="#495057" aria-hidden="true">
          {ring.closeness}
        </text>
      ))}
      {placed.sectors.map((sector) => {
        const label = text.kinds(sector.kind);
        const at = polar((sector.start + sector.end) / 2, R + 6);
        const room = label.length * CHAR * TEXT.sector;
        // Beside the circle, a name too long for the margin is pulled in (its halo keeps it readable on the rings).
        const [x, anchor]: [number, "start" | "middle" | "end"] =
          at.x > 8 ? (at.x + room > half ? [half - 2, "end"] : [at.x, "start"]) : at.x < -8 ? (at.x - room < -half ? [-half + 2, "start"] : [at.x, "end"]) : [at.x, "middle"];
        return (
          <text
            key={sector.kind}
            x={x}
            y={at.y + (at.y > 8 ? TEXT.sector : at.y < -8 ? -3 : 4)}
            textAnchor={anchor}
            fontSize={TEXT.sector}
            fontWeight={700}
            fill="#343a40"
            stroke="#ffffff"
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {label}
          </text>
        );
      })}
      <circle r={networkCentreRadius * R} fill="#1864ab" stroke="#0b3d6b" strokeWidth={2} />
      <text textAnchor="middle" dominantBaseline="central" fontSize={TEXT.me} fontWeight={700} fill="#ffffff">
        {t("networkMaps.me")}
      </text>
      {placed.placements.map((p) => {
        const member = byId.get(p.memberId);
        if (!member) return null;
        const outline = emphasis?.get(member.id);
        // Names go under their marker, except on the inner circle's upper half: there, under would cover "Moi".
        const above = p.closeness === 1 && p.y < 0;
        return (
          <g key={member.id} transform={`translate(${p.x * R} ${p.y * R})`} data-member={member.name} data-effect={member.effect}>
            <title>
              {t("networkMaps.drawing.markerTitle", { name: member.name, kind: text.kind(member.kind).toLowerCase(), ring: member.closeness, effect: text.effect(member.effect).toLowerCase() })}
            </title>
            {outline ? <circle r={MARKER + 4} fill="none" stroke="#1864ab" strokeWidth={2} strokeDasharray="4 3" /> : null}
            <EffectMarker effect={member.effect} hatchId={hatchId} r={MARKER} />
            <text
              y={above ? -MARKER - 5 : MARKER + TEXT.member}
              textAnchor="middle"
              fontSize={TEXT.member}
              fontWeight={600}
              fill="#212529"
              stroke="#ffffff"
              strokeWidth={3}
              strokeLinejoin="round"
              paintOrder="stroke"
            >
              {shortName(member.name)}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
