import {
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLocale } from "../app/locale-context";
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
  /** The number-style and day-order options under the table; absent = not shown. */
  readonly readingOptions?: ReactNode;
}

/** Step 2: the recognised role of each column, with a dropdown to change it, and the reading options. */
export function ColumnsStep({
  columns,
  roleOptions,
  disabled,
  onRoleChange,
  readingOptions,
}: ColumnsStepProps) {
  const { t } = useLocale();
  const styles = useStepStyles();
  return (
    <section className={styles.step} aria-labelledby="columns-heading">
      <Subtitle2 as="h2" id="columns-heading">
        {t("columnsHeading")}
      </Subtitle2>
      <Text className={styles.hint}>{t("columnsHint")}</Text>
      <Table size="extra-small" className={styles.table} aria-labelledby="columns-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("columnName")}</TableHeaderCell>
            <TableHeaderCell>{t("columnRole")}</TableHeaderCell>
            <TableHeaderCell>{t("columnType")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {columns.map((column) => (
            <TableRow key={column.name}>
              <TableCell>{column.name}</TableCell>
              <TableCell>
                {/* aria-disabled, not disabled: a disabled control drops keyboard focus to <body> while the
                    roles are re-checked; this one keeps focus and ignores changes until the check is done. */}
                <Select
                  size="small"
                  aria-label={`${t("columnRole")}: ${column.name}`}
                  value={column.role}
                  aria-disabled={disabled || undefined}
                  onChange={(_event, data) => {
                    if (!disabled) onRoleChange(column.name, data.value);
                  }}
                >
                  <option value="">{t("roleNone")}</option>
                  {roleOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              </TableCell>
              <TableCell>{column.typeLabel}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {readingOptions}
    </section>
  );
}
