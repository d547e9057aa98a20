import { Text } from "@fluentui/react-components";
import type { ColumnRole } from "../../src/table/types";
import { useLocale } from "../app/locale-context";
import { useFlowText } from "../app/use-flow-text";
import { coversRole } from "../features/needed-roles";
import { roleOptions } from "../i18n/table-labels";

export interface NeededColumnsProps {
  readonly roles: readonly ColumnRole[];
  /** Roles of the current input's columns; null before there is an input. */
  readonly presentRoles: ReadonlySet<ColumnRole> | null;
}

/** What the tab needs, in the user's words, before they run it; and, once read, which of those are missing. */
export function NeededColumns({ roles, presentRoles }: NeededColumnsProps) {
  const { locale } = useLocale();
  const f = useFlowText();
  if (roles.length === 0) return null;
  const labels = new Map(roleOptions(locale).map((option) => [option.value, option.label]));
  const list = (chosen: readonly ColumnRole[]) =>
    chosen.map((role) => labels.get(role) ?? role).join(locale === "en" ? ", " : "、");
  const missing = presentRoles === null ? [] : roles.filter((role) => !coversRole(presentRoles, role));
  return (
    <Text as="p" block data-testid="needed-columns">
      {f("neededColumns", { roles: list(roles) })}
      {missing.length > 0 && <> {f("missingColumns", { roles: list(missing) })}</>}
    </Text>
  );
}
