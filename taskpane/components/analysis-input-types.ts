/** The input range as the pane shows it. */
export interface InputInfo {
  readonly address: string;
  /** Rows below the header row. */
  readonly dataRowCount: number;
  readonly columnCount: number;
}
