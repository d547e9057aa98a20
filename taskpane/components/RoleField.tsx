import { Select, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  caption: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  // A column name may be one long word (an export's "Customer_Registration_Timestamp"): break it rather than widen the pane.
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3 },
  // The dropdown spans the pane, so the longest role name ("Unique visitors (UV)") shows in full even at 320 px.
  select: { width: "100%", minWidth: 0 },
});

export interface RoleFieldProps {
  /** The column's header, shown above the dropdown. */
  readonly columnName: string;
  /** A short note beside the name, such as the column's type. */
  readonly detail?: string;
  /** The dropdown's accessible name ("Role: Amount"). */
  readonly ariaLabel: string;
  /** The chosen role key, or "" for none. */
  readonly value: string;
  readonly noneLabel: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** Ignores changes while true, keeping keyboard focus (aria-disabled, not disabled). */
  readonly disabled: boolean;
  readonly onChange: (role: string) => void;
}

/** One column's role: its name (and type) on a line, then a dropdown as wide as the pane with the whole role name. */
export function RoleField(props: RoleFieldProps) {
  const styles = useStyles();
  return (
    <div className={styles.field}>
      <span className={styles.caption}>
        <Text className={styles.name}>{props.columnName}</Text>
        {props.detail !== undefined && <Text className={styles.detail}>{props.detail}</Text>}
      </span>
      {/* aria-disabled, not disabled: a disabled control drops keyboard focus to <body> while the
          roles are re-checked; this one keeps focus and ignores changes until the check is done. */}
      <Select
        className={styles.select}
        size="small"
        aria-label={props.ariaLabel}
        value={props.value}
        aria-disabled={props.disabled || undefined}
        onChange={(_event, data) => {
          if (!props.disabled) props.onChange(data.value);
        }}
      >
        <option value="">{props.noneLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
