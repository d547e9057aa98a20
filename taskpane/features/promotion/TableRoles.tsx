import { Select } from "@fluentui/react-components";
import type { ColumnRole } from "../../../src/table/types";
import { useLocale } from "../../app/locale-context";
import { useStepStyles } from "../../components/styles";
import type { IntakeColumn } from "../../../engine/jobs/intake";
import { roleOptions } from "../../i18n/table-labels";
import { usePromotionText } from "./usePromotionText";

export interface TableRolesProps {
  /** Localised name of the table, used in each dropdown's accessible name. */
  readonly tableName: string;
  readonly columns: readonly IntakeColumn[];
  readonly disabled: boolean;
  readonly onRoleChange: (columnName: string, role: ColumnRole | "") => void;
}

/** The recognised role of each column of an optional table, with a dropdown to change it (compact form of step 2). */
export function TableRoles({ tableName, columns, disabled, onRoleChange }: TableRolesProps) {
  const { t, locale } = useLocale();
  const text = usePromotionText();
  const styles = useStepStyles();
  const options = roleOptions(locale);
  return (
    <div className={styles.row}>
      {columns.map((column) => (
        <Select
          key={column.name}
          size="small"
          aria-label={text("tableRole", { table: tableName, column: column.name })}
          title={column.name}
          value={column.role ?? ""}
          disabled={disabled}
          onChange={(_event, data) => onRoleChange(column.name, data.value as ColumnRole | "")}
        >
          <option value="">
            {column.name}: {t("roleNone")}
          </option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {column.name}: {option.label}
            </option>
          ))}
        </Select>
      ))}
    </div>
  );
}
