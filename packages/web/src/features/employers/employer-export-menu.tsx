import { Button, Menu } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useProgramsWith } from "../programs/programs-queries";
import { employerExportUrl } from "./employer-import-api";

/**
 * "Exporter": the register as CSV (opens in French Excel) or XLSX, with the list's current search and stage.
 * A file is one program's register, so a user of several programs picks the program in the menu.
 */
export const EmployerExportMenu = ({ q, stage }: { q?: string; stage?: string }) => {
  const { t, i18n } = useTranslation();
  const { programs } = useProgramsWith("employer.read");
  if (programs.length === 0) return null;
  const formats = [
    { format: "csv", label: t("employerTransfer.exportCsv") },
    { format: "xlsx", label: t("employerTransfer.exportXlsx") },
  ] as const;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default">{t("employerTransfer.export")}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {programs.map((program) => (
          <div key={program.id}>
            {programs.length > 1 ? <Menu.Label>{program.name}</Menu.Label> : null}
            {formats.map(({ format, label }) => (
              <Menu.Item
                key={format}
                component="a"
                href={employerExportUrl({ programId: program.id, format, language: i18n.language, q, stage })}
                download
              >
                {programs.length > 1 ? t("employerTransfer.exportOf", { format: label, program: program.name }) : label}
              </Menu.Item>
            ))}
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
};
