import { useRef } from "react";
import type { FileMessage } from "./use-file-opener";

export interface FileBarProps {
  readonly messages: readonly FileMessage[];
  readonly onOpen: (files: readonly File[]) => void;
  readonly onDownload: () => void;
}

/**
 * The playground's file bar: "Open a file" (CSV or .xlsx, several at once; dropping files on the workbook
 * does the same), "Download workbook (.xlsx)", and what the last action did. Files never leave the browser.
 */
export function FileBar({ messages, onOpen, onDownload }: FileBarProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div style={{ borderBottom: "1px solid #ccc", padding: "4px 8px", fontSize: 12, background: "#fbfbfb" }}>
      <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <button type="button" onClick={() => input.current?.click()}>
          Open a file
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx"
          multiple
          hidden
          data-testid="open-file-input"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = "";
            if (files.length > 0) onOpen(files);
          }}
        />
        <button type="button" onClick={onDownload}>
          Download workbook (.xlsx)
        </button>
        <span style={{ color: "#616161" }}>
          or drop CSV / XLSX files on the workbook. Files are read in this page and never uploaded.
        </span>
      </div>
      {messages.length > 0 && (
        <ul aria-live="polite" data-testid="file-messages" style={{ margin: "4px 0 0", paddingLeft: 18 }}>
          {messages.map((message, index) => (
            <li key={index} style={{ color: message.kind === "error" ? "#b10e1c" : "#242424" }}>
              {message.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
