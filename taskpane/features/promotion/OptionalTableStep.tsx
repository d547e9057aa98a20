import { Button, Subtitle2, Text } from "@fluentui/react-components";
import { ErrorBar } from "../../components/ErrorBar";
import { useStepStyles } from "../../components/styles";
import { TableRoles } from "./TableRoles";
import type { useOptionalTable } from "./useOptionalTable";
import { usePromotionText } from "./usePromotionText";

export interface OptionalTableStepProps {
  readonly id: "products" | "traffic";
  readonly table: ReturnType<typeof useOptionalTable>;
  readonly busy: boolean;
}

/** The product or traffic table: "use current selection", its address and shape, its column roles, remove. */
export function OptionalTableStep({ id, table, busy }: OptionalTableStepProps) {
  const text = usePromotionText();
  const styles = useStepStyles();
  const tableName = text(id === "products" ? "productsName" : "trafficName");
  const { used, analysisInput } = table;
  const { intake, job, changeRole } = analysisInput;
  const headingId = `promotion-${id}-heading`;
  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {text(id === "products" ? "productsHeading" : "trafficHeading")}
      </Subtitle2>
      <Text className={styles.hint}>{text(id === "products" ? "productsHint" : "trafficHint")}</Text>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void table.readSelection()}>
          {text("useTableSelection", { table: tableName })}
        </Button>
        {used !== null && (
          <Button appearance="subtle" disabled={busy} onClick={table.remove}>
            {text("removeTable", { table: tableName })}
          </Button>
        )}
      </div>
      <Text role="status" data-testid={`promotion-${id}-shape`}>
        {used === null || intake === null
          ? text("tableNotUsed")
          : text("tableShape", {
              address: used.address,
              rows: intake.rowCount,
              columns: intake.columns.length,
            })}
      </Text>
      {job.state.error !== null && <ErrorBar error={job.state.error} onRetry={job.clearError} />}
      {used !== null && intake !== null && (
        <TableRoles
          tableName={tableName}
          columns={intake.columns}
          disabled={busy}
          onRoleChange={(name, role) => void changeRole(name, role)}
        />
      )}
    </section>
  );
}
