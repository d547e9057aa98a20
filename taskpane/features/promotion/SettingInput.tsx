import { Field, Input } from "@fluentui/react-components";

export interface SettingInputProps {
  readonly label: string;
  /** The one-line explanation under the control. */
  readonly hint?: string;
  readonly value: string;
  /** What is wrong with the value, or undefined when it is fine. */
  readonly problem?: string;
  readonly disabled: boolean;
  readonly onChange: (value: string) => void;
}

/** One typed setting: a labelled input with its explanation and, when the value is not usable, what to enter. */
export function SettingInput({ label, hint, value, problem, disabled, onChange }: SettingInputProps) {
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={problem}
      validationState={problem === undefined ? "none" : "error"}
    >
      <Input
        size="small"
        value={value}
        disabled={disabled}
        onChange={(_event, data) => onChange(data.value)}
      />
    </Field>
  );
}
