import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type OutcomesScopeParams, outcomesExportUrl } from "./outcomes-api";

/** Export the report as CSV or XLSX (the server builds the file) and print it (outcomes-print.css lays it on A4). */
export const ReportActions = ({ query }: { query: OutcomesScopeParams }) => {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Button className="no-print" component="a" variant="default" href={outcomesExportUrl({ ...query, format: "csv", language: i18n.language })} download>
        {t("outcomes.export.csv")}
      </Button>
      <Button className="no-print" component="a" variant="default" href={outcomesExportUrl({ ...query, format: "xlsx", language: i18n.language })} download>
        {t("outcomes.export.xlsx")}
      </Button>
      <Button className="no-print" onClick={() => window.print()}>{t("outcomes.print")}</Button>
    </>
  );
};
