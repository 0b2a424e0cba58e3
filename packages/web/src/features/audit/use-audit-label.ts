import { useTranslation } from "react-i18next";
import fr from "../../i18n/fr.json";

type ActionKey = keyof typeof fr.audit.actions;
type RecordKey = keyof typeof fr.audit.records;
const isAction = (value: string): value is ActionKey => Object.hasOwn(fr.audit.actions, value);
const isRecord = (value: string): value is RecordKey => Object.hasOwn(fr.audit.records, value);

/** "read" + "career_profile" → "Consultation · profil professionnel"; unknown codes are shown as they are. */
export const useAuditLabel = () => {
  const { t } = useTranslation();
  return (action: string, recordType: string): string => {
    const actionLabel = isAction(action) ? t(`audit.actions.${action}`) : action;
    const recordLabel = isRecord(recordType) ? t(`audit.records.${recordType}`) : recordType;
    return `${actionLabel} · ${recordLabel}`;
  };
};
