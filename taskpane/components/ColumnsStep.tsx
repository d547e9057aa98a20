import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLocale } from "../app/locale-context";
import { RoleField } from "./RoleField";
import { useStepStyles } from "./styles";

export interface ColumnView {
  readonly name: string;
  /** Role key or "" for none. */
  readonly role: string;
  /** Localised type name. */
  readonly typeLabel: string;
}

export interface ColumnsStepProps {
  readonly columns: readonly ColumnView[];
  readonly roleOptions: readonly { readonly value: string; readonly label: string }[];
  readonly disabled: boolean;
  readonly onRoleChange: (columnName: string, role: string) => void;
  /** The number-style and day-order options under the columns; absent = not shown. */
  readonly readingOptions?: ReactNode;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/**
 * Step 2: the recognised role of each column, with a dropdown to change it. One column per line, name and type
 * above a full-width dropdown: a three-column table left the dropdown 50 px wide at 320 px ("Return qu").
 */
export function ColumnsStep({
  columns,
  roleOptions,
  disabled,
  onRoleChange,
  readingOptions,
}: ColumnsStepProps) {
  const { t } = useLocale();
  const styles = useStepStyles();
  const own = useStyles();
  return (
    <section className={styles.step} aria-labelledby="columns-heading">
      <Subtitle2 as="h2" id="columns-heading">
        {t("columnsHeading")}
      </Subtitle2>
      <Text className={styles.hint}>{t("columnsHint")}</Text>
      <ul className={own.list} aria-labelledby="columns-heading">
        {columns.map((column) => (
          <li key={column.name}>
            <RoleField
              columnName={column.name}
              detail={column.typeLabel}
              ariaLabel={t("columnRole", { column: column.name })}
              value={column.role}
              noneLabel={t("roleNone")}
              options={roleOptions}
              disabled={disabled}
              onChange={(role) => onRoleChange(column.name, role)}
            />
          </li>
        ))}
      </ul>
      {readingOptions}
    </section>
  );
}
