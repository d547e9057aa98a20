import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useLocale } from "../app/locale-context";
import { describeWorkbookError } from "../excel/describe-workbook-error";
import { errorMessage, hintFor } from "./error-hint";

export interface ErrorBarProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
}

/**
 * What went wrong and what to do, in the user's language: a workbook failure worded from its code
 * (excel/describe-workbook-error.ts), anything else with its message and a hint by code.
 */
export function ErrorBar({ error, onRetry }: ErrorBarProps) {
  const { t, locale } = useLocale();
  const worded = describeWorkbookError(locale, error);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
        {worded?.what ?? errorMessage(error, locale)}
        <div>{t("errorWhatToDo", { hint: worded?.todo ?? t(hintFor(error)) })}</div>
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("errorRetry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
