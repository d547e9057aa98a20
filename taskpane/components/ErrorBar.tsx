import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useLocale } from "../app/locale-context";
import { errorMessage, hintFor } from "./error-hint";

export interface ErrorBarProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
}

/** What went wrong and what to do, in the user's language. */
export function ErrorBar({ error, onRetry }: ErrorBarProps) {
  const { t } = useLocale();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
        {errorMessage(error)}
        <div>{t("errorWhatToDo", { hint: t(hintFor(error)) })}</div>
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("errorRetry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
