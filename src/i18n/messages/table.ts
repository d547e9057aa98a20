import { defineMessages } from "../define-messages";
import type { MessageCatalog } from "../define-messages";

/**
 * Strings of the table module and the Intake sheet, one line per key: [en, zh-TW, zh-CN], so the three
 * languages are reviewed side by side. Role, type and rule keys are `role.<ColumnRole>`,
 * `type.<ColumnType>`, `rule.<rule>` and `ruleHelp.<rule>`.
 */
const ROWS = {
  "role.memberId": ["Member ID", "會員編號", "会员编号"],
  "role.orderId": ["Order ID", "訂單編號", "订单编号"],
  "role.orderDate": ["Order date", "訂單日期", "订单日期"],
  "role.amount": ["Amount", "金額", "金额"],
  "role.quantity": ["Quantity", "數量", "数量"],
  "role.unitPrice": ["Unit price", "單價", "单价"],
  "role.tagPrice": ["Tag price", "吊牌價", "吊牌价"],
  "role.salePrice": ["Sale price", "售價", "售价"],
  "role.stock": ["Stock", "庫存量", "库存量"],
  "role.uv": ["Unique visitors (UV)", "訪客數（UV）", "访客数（UV）"],
  "role.favourites": ["Favourites", "收藏數", "收藏数"],
  "role.addToCart": ["Add to cart", "加購數", "加购数"],
  "role.productName": ["Product name", "商品名稱", "商品名称"],
  "role.productId": ["Product ID", "商品編號", "商品编号"],
  "role.sku": ["SKU", "SKU", "SKU"],
  "role.skuCount": ["SKU count", "SKU 數", "SKU 数"],
  "role.category": ["Category", "類別", "类目"],
  "role.discount": ["Discount", "折扣", "折扣"],
  "role.couponAmount": ["Coupon amount", "優惠券金額", "优惠券金额"],
  "role.registrationDate": ["Registration date", "註冊日期", "注册日期"],
  "role.channel": ["Channel", "通路", "渠道"],
  "role.status": ["Status", "狀態", "状态"],
  "role.returnQuantity": ["Return quantity", "退貨數量", "退货数量"],
  "role.returnAmount": ["Return amount", "退貨金額", "退货金额"],
  "role.region": ["Region / city", "地區／城市", "地区／城市"],
  "role.gender": ["Gender", "性別", "性别"],
  "role.birthday": ["Birthday", "生日", "生日"],
  "role.age": ["Age", "年齡", "年龄"],
  "role.membershipLevel": ["Membership level", "會員等級", "会员等级"],
  "role.none": ["(none)", "（無）", "（无）"],
  "type.number": ["Number", "數值", "数值"],
  "type.date": ["Date", "日期", "日期"],
  "type.text": ["Text", "文字", "文本"],
  "type.boolean": ["TRUE/FALSE", "TRUE/FALSE", "TRUE/FALSE"],
  "rule.emptyRow": ["Empty row", "空白列", "空行"],
  "rule.raggedRow": ["Wrong number of cells", "儲存格數不符", "单元格数不符"],
  "rule.errorValue": ["Excel error value", "Excel 錯誤值", "Excel 错误值"],
  "rule.unparseableNumber": ["Not a number", "無法讀成數值", "无法读成数值"],
  "rule.unparseableDate": ["Not a date", "無法讀成日期", "无法读成日期"],
  "rule.unparseableBoolean": ["Not TRUE/FALSE", "不是 TRUE/FALSE", "不是 TRUE/FALSE"],
  "rule.blankKey": ["Blank ID", "編號空白", "编号为空"],
  "rule.blankValue": ["Blank value", "值空白", "值为空"],
  "rule.negativeAmount": ["Negative amount", "負數金額", "负数金额"],
  "rule.futureDate": ["Date in the future", "未來日期", "未来日期"],
  "rule.duplicateLine": ["Duplicate row", "重複列", "重复行"],
  "rule.decimalComma": ["Decimal comma", "小數逗號", "小数逗号"],
  "rule.numberStyleAssumed": ["Number style assumed", "數字格式為推定", "数字格式为推定"],
  "rule.dayOrderAssumed": ["Day order assumed", "日月順序為推定", "日月顺序为推定"],
  "ruleHelp.emptyRow": [
    "A fully blank row between data rows; skipped.",
    "資料中間的整列空白；已略過。",
    "数据中间的整行空白；已跳过。",
  ],
  "ruleHelp.raggedRow": [
    "The line has a different number of cells than the header (an unquoted comma?).",
    "此列的儲存格數與標題不同（未加引號的逗號？）。",
    "此行的单元格数与标题不同（未加引号的逗号？）。",
  ],
  "ruleHelp.errorValue": [
    "The cell holds an Excel error such as #N/A; read as missing.",
    "儲存格是 Excel 錯誤值（如 #N/A）；視為缺值。",
    "单元格是 Excel 错误值（如 #N/A）；视为缺失。",
  ],
  "ruleHelp.unparseableNumber": [
    "Text in a number column that is not a number; read as missing.",
    "數值欄中無法讀成數值的文字；視為缺值。",
    "数值列中无法读成数值的文本；视为缺失。",
  ],
  "ruleHelp.unparseableDate": [
    "A value in a date column that is not a date; read as missing.",
    "日期欄中無法讀成日期的值；視為缺值。",
    "日期列中无法读成日期的值；视为缺失。",
  ],
  "ruleHelp.unparseableBoolean": [
    "A value in a TRUE/FALSE column that is neither; read as missing.",
    "TRUE/FALSE 欄中的其他值；視為缺值。",
    "TRUE/FALSE 列中的其他值；视为缺失。",
  ],
  "ruleHelp.blankKey": [
    "The member, order or product ID is blank; the row cannot be attributed.",
    "會員、訂單或商品編號空白；此列無法歸屬。",
    "会员、订单或商品编号为空；此行无法归属。",
  ],
  "ruleHelp.blankValue": [
    "A blank amount, quantity, price or date.",
    "金額、數量、價格或日期空白。",
    "金额、数量、价格或日期为空。",
  ],
  "ruleHelp.negativeAmount": [
    "An amount, quantity, price or stock below zero; kept as is.",
    "金額、數量、價格或庫存小於零；保留原值。",
    "金额、数量、价格或库存小于零；保留原值。",
  ],
  "ruleHelp.futureDate": [
    "A date after today; kept as is.",
    "晚於今天的日期；保留原值。",
    "晚于今天的日期；保留原值。",
  ],
  "ruleHelp.duplicateLine": [
    "The row repeats an earlier row exactly; kept.",
    "此列與前面某列完全相同；保留。",
    "此行与前面某行完全相同；保留。",
  ],
  "ruleHelp.decimalComma": [
    "The column writes numbers with a decimal comma (1.234,50 = 1234.5); read that way.",
    "此欄以逗號作小數點（1.234,50 = 1234.5）；已依此讀取。",
    "此列以逗号作小数点（1.234,50 = 1234.5）；已按此读取。",
  ],
  "ruleHelp.numberStyleAssumed": [
    "A number such as 1,234 reads two ways and no value in the column decides; read in the file's default style. Set the number style if this is wrong.",
    "像 1,234 這樣的數字有兩種讀法，欄中沒有值能判定；已按檔案預設格式讀取。若不對，請指定數字格式。",
    "像 1,234 这样的数字有两种读法，列中没有值能判定；已按文件默认格式读取。若不对，请指定数字格式。",
  ],
  "ruleHelp.dayOrderAssumed": [
    "A date such as 03/04/2021 reads two ways and no value in the column has a part above 12; read month first. Set the day order if this is wrong.",
    "像 03/04/2021 這樣的日期有兩種讀法，欄中沒有大於 12 的日或月；已按月在前讀取。若不對，請指定日月順序。",
    "像 03/04/2021 这样的日期有两种读法，列中没有大于 12 的日或月；已按月在前读取。若不对，请指定日月顺序。",
  ],
  "intake.sheetName": ["Intake", "資料檢查", "数据检查"],
  "intake.columnsTitle": ["Columns", "欄位", "列"],
  "intake.qualityTitle": ["Data quality", "資料品質", "数据质量"],
  "intake.header.column": ["Column", "欄位", "列"],
  "intake.header.role": ["Role", "角色", "角色"],
  "intake.header.type": ["Type", "類型", "类型"],
  "intake.header.nonBlank": ["Non-blank cells", "非空白儲存格", "非空单元格"],
  "intake.header.example": ["Example", "範例", "示例"],
  "intake.header.rule": ["Check", "檢查項目", "检查项"],
  "intake.header.description": ["What it means", "說明", "说明"],
  "intake.header.rows": ["Rows affected", "受影響列數", "受影响行数"],
  "intake.header.firstRow": ["First row", "第一個列號", "首个行号"],
  "intake.header.firstColumn": ["Column", "欄位", "列"],
  "intake.header.firstValue": ["Value", "值", "值"],
  "intake.shape": [
    "{rows} data rows × {columns} columns.",
    "{rows} 列資料 × {columns} 欄。",
    "{rows} 行数据 × {columns} 列。",
  ],
  "intake.headerAt": ["Header at row {row}.", "標題在第 {row} 列。", "标题在第 {row} 行。"],
  "intake.noHeader": [
    "No header row: columns are named Column 1, Column 2, …",
    "沒有標題列：欄位命名為 Column 1、Column 2…",
    "没有标题行：列命名为 Column 1、Column 2…",
  ],
  "intake.rowsUsable": [
    "Rows with a value in every recognised column: {used} of {rows}.",
    "每個已辨識欄位都有值的列：{used} / {rows}。",
    "每个已识别列都有值的行：{used} / {rows}。",
  ],
  "intake.exampleRow": ["row {row}", "第 {row} 列", "第 {row} 行"],
  "intake.exampleCell": ["row {row}, {column}", "第 {row} 列，{column}", "第 {row} 行，{column}"],
  "intake.noIssues": ["No data-quality issues found.", "沒有發現資料品質問題。", "没有发现数据质量问题。"],
} as const satisfies Record<string, readonly [string, string, string]>;

export type TableMessageKey = keyof typeof ROWS;

function catalogFromRows(): MessageCatalog<TableMessageKey> {
  const en = {} as Record<TableMessageKey, string>;
  const zhTW = {} as Record<TableMessageKey, string>;
  const zhCN = {} as Record<TableMessageKey, string>;
  for (const key of Object.keys(ROWS) as TableMessageKey[]) {
    [en[key], zhTW[key], zhCN[key]] = ROWS[key];
  }
  return { en, "zh-TW": zhTW, "zh-CN": zhCN };
}

/** Translator for the table module's strings: `tableText("zh-TW", "rule.blankKey")` → "編號空白". */
export const tableText = defineMessages<TableMessageKey>(catalogFromRows());
