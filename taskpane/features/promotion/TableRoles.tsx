import { makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnRole } from "../../../src/table/types";
import { useLocale } from "../../app/locale-context";
import { RoleField } from "../../components/RoleField";
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

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

/**
 * The recognised role of each column of an optional table, with a dropdown to change it: the column's name above
 * a full-width dropdown, as in step 2, so "Return quantity" and "Return amount" are never cut to "Return qu".
 */
export function TableRoles({ tableName, columns, disabled, onRoleChange }: TableRolesProps) {
  const { t, locale } = useLocale();
  const text = usePromotionText();
  const styles = useStyles();
  const options = roleOptions(locale);
  return (
    <div className={styles.list}>
      {columns.map((column) => (
        <RoleField
          key={column.name}
          columnName={column.name}
          ariaLabel={text("tableRole", { table: tableName, column: column.name })}
          value={column.role ?? ""}
          noneLabel={t("roleNone")}
          options={options}
          disabled={disabled}
          onChange={(role) => onRoleChange(column.name, role as ColumnRole | "")}
        />
      ))}
    </div>
  );
}
