import "./network-map-print.css";
import { Anchor, Button, Group, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatLongDate } from "../../shared/format/dates";
import { usePageTitle } from "../../shared/hooks/use-page-title";
import { participantName } from "../caseload/participants-table";
import { useParticipant } from "../participants/participants-queries";
import { NetworkMapDrawing } from "./network-map-drawing";
import { NetworkMapLegend } from "./network-map-legend";
import { NetworkMapSummary } from "./network-map-summary";
import { NetworkMapTable } from "./network-map-table";
import { useNetworkMap } from "./network-maps-api";

/** One snapshot of "Mon réseau de soutien" on an A4 page for the person: the drawing, its legend, the table. */
export const NetworkMapPrintPage = () => {
  const { t, i18n } = useTranslation();
  const { participantId = "", mapId = "" } = useParams();
  const participant = useParticipant(participantId);
  const map = useNetworkMap(participantId, mapId);
  const name = participant.data ? participantName(participant.data) : "";
  usePageTitle(name ? t("networkMaps.print.documentTitle", { name }) : t("networkMaps.print.title"));
  // Reached from the record's tab (same layout): bring screen readers to the document itself.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const loaded = map.isSuccess && participant.isSuccess;
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  if (participant.isPending || map.isPending) return <LoadingState />;
  if (participant.isError || map.isError) {
    return (
      <>
        <Title order={1}>{t("networkMaps.print.title")}</Title>
        <ErrorState error={participant.error ?? map.error} />
      </>
    );
  }
  const m = map.data;
  const date = formatLongDate(m.drawnOn, i18n.language);
  return (
    <div className="network-map-print">
      <Group className="no-print" justify="space-between" mb="lg">
        <Anchor component={Link} to={`/participants/${participantId}/tools?tool=network-map`}>
          {t("networkMaps.print.back")}
        </Anchor>
        <Button onClick={() => window.print()}>{t("networkMaps.print.print")}</Button>
      </Group>
      <article className="print-page network-map-print-page" aria-labelledby="network-map-print-title">
        <Title order={1} id="network-map-print-title" ref={titleRef} tabIndex={-1} style={{ outline: "none" }}>
          {t("networkMaps.print.title")}
        </Title>
        <p>
          <strong>{name}</strong> · {t("networkMaps.print.drawnOn", { date })}
          {m.createdBy ? `, ${t("networkMaps.print.with", { name: m.createdBy })}` : ""}
        </p>
        <div className="network-map-print-top">
          <NetworkMapDrawing members={m.members} title={t("networkMaps.view.drawingTitle", { date })} maxWidth="100%" />
          <div>
            <NetworkMapLegend headingOrder={2} />
            <NetworkMapSummary members={m.members} headingOrder={2} />
          </div>
        </div>
        {m.members.length > 0 ? (
          <>
            <Title order={2}>{t("networkMaps.view.tableTitle")}</Title>
            <NetworkMapTable members={m.members} caption={t("networkMaps.view.tableCaption", { date })} />
          </>
        ) : null}
        {m.comment ? (
          <>
            <Title order={2}>{t("networkMaps.view.comment")}</Title>
            <p className="network-map-print-comment">{m.comment}</p>
          </>
        ) : null}
      </article>
    </div>
  );
};
