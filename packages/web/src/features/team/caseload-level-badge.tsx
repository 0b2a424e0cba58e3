import { Badge } from "@mantine/core";
import { type CaseloadLevel, caseloadLevel } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

const levelColors: Record<CaseloadLevel, string> = { ok: "green", near: "orange", over: "red" };
const levelMarks: Record<CaseloadLevel, string> = { ok: "✓", near: "!", over: "!!" };

/** Caseload size against the IPS limit, said in words (and a mark), coloured only as a supplement. */
export const CaseloadLevelBadge = ({ active, limit }: { active: number; limit: number }) => {
  const { t } = useTranslation();
  const level = caseloadLevel(active, limit);
  return (
    <Badge color={levelColors[level]} variant="light" tt="none" radius="sm" styles={{ root: { maxWidth: "none", overflow: "visible" }, label: { overflow: "visible" } }}>
      <span aria-hidden="true">{levelMarks[level]} </span>
      {t(`team.levels.${level}`)}
    </Badge>
  );
};
