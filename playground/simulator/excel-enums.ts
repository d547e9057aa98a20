/** The `Excel` enums the add-in refers to, spelled as office-js spells their values. */
export const EXCEL_ENUMS = {
  ChartType: { columnClustered: "ColumnClustered", line: "Line", xyscatter: "XYScatter" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  ConditionalFormatColorCriterionType: {
    lowestValue: "LowestValue",
    highestValue: "HighestValue",
    number: "Number",
    percent: "Percent",
    formula: "Formula",
    percentile: "Percentile",
  },
  CalculationMode: {
    automatic: "Automatic",
    automaticExceptTables: "AutomaticExceptTables",
    manual: "Manual",
  },
} as const;
