import type { ColumnRole } from "../../src/table/types";
import { useLocale } from "../app/locale-context";
import type { useAnalysisInput } from "../hooks/useAnalysisInput";
import type { useTabSample } from "../hooks/useTabSample";
import { roleOptions, typeLabel, qualityRuleLabel } from "../i18n/table-labels";
import { AddInSheetNote } from "./AddInSheetNote";
import { ColumnsStep } from "./ColumnsStep";
import { InputStep } from "./InputStep";
import { NeededColumns } from "./NeededColumns";
import { OwnInputNote } from "./OwnInputNote";
import { QualityReport } from "./QualityReport";
import { ReadingOptions } from "./ReadingOptions";
import { TabSampleStep } from "./TabSampleStep";

export interface AnalysisInputStepsProps {
  readonly analysisInput: ReturnType<typeof useAnalysisInput>;
  /** The columns the tab cannot run without (features/needed-roles.ts). @default none */
  readonly neededRoles?: readonly ColumnRole[];
  /** The tab's sample (hooks/useTabSample.ts): its button sits under the needed columns. */
  readonly sample: ReturnType<typeof useTabSample>;
}

/** Steps 1–2 and the quality report, shared by every analysis tab. */
export function AnalysisInputSteps({ analysisInput, neededRoles = [], sample }: AnalysisInputStepsProps) {
  const { locale } = useLocale();
  const { input, intake, readInput, changeRole, reading, changeReading, addInSheetRange, job } =
    analysisInput;
  return (
    <>
      <InputStep
        input={
          input === null || intake === null
            ? null
            : { address: input.address, dataRowCount: intake.rowCount, columnCount: input.columnCount }
        }
        busy={job.state.running}
        onUseSelection={() => void readInput("selection")}
        onUseRegion={() => void readInput("region")}
        onRefresh={() => void analysisInput.refresh()}
      />
      {analysisInput.tabOwn && input !== null && (
        <OwnInputNote
          address={input.address}
          sharedAddress={analysisInput.sharedInput?.address ?? null}
          busy={job.state.running}
          onUseShared={analysisInput.backToSharedInput}
        />
      )}
      <NeededColumns
        roles={neededRoles}
        presentRoles={
          intake === null
            ? null
            : new Set(intake.columns.flatMap((column) => (column.role === null ? [] : [column.role])))
        }
      />
      <TabSampleStep
        writtenSheets={sample.writtenSheets}
        busy={job.state.running}
        onUseSample={() => void sample.takeSample()}
      />
      {addInSheetRange !== null && (
        <AddInSheetNote
          sheetName={addInSheetRange.sheetName}
          currentAddress={input?.address ?? null}
          onKeep={analysisInput.keepInput}
          onUseAnyway={() => void analysisInput.takeAddInSheetAnyway()}
        />
      )}
      {intake !== null && (
        <>
          <ColumnsStep
            columns={intake.columns.map((column) => ({
              name: column.name,
              role: column.role ?? "",
              typeLabel: typeLabel(locale, column.type),
            }))}
            roleOptions={roleOptions(locale)}
            disabled={job.state.running}
            onRoleChange={(name, role) => void changeRole(name, role as ColumnRole | "")}
            readingOptions={
              <ReadingOptions
                reading={reading}
                disabled={job.state.running}
                onChange={(choices) => void changeReading(choices)}
              />
            }
          />
          <QualityReport
            issues={intake.issues.map((issue) => ({
              rule: issue.rule,
              label: qualityRuleLabel(locale, issue.rule),
              count: issue.count,
              ...(issue.examples[0] ? { example: issue.examples[0] } : {}),
            }))}
            usedRowCount={intake.cleanRowCount}
            totalRowCount={intake.rowCount}
            readingNotes={intake.readingNotes}
          />
        </>
      )}
    </>
  );
}
