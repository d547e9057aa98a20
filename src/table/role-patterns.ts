import type { ColumnRole } from "./types";

/**
 * Header words per role in English, Traditional and Simplified Chinese, written as they appear in exports;
 * they are compared after `normalizeHeader` (case, spaces, "_", "-", ".", full-width forms folded).
 * `exact` must equal the whole header (or the header without a bracketed unit, "金额(元)");
 * `contains` may appear inside a longer header ("实付金额", "Total Sales") and scores lower.
 * Sources: the member study (會員編號, 訂單日期, 金額), the promotion study (商品名, 吊牌价, 库存量, SKU数, UV数,
 * 加购物车数), the Superstore sample (Customer ID, Order Date, Sales, Quantity, Discount), the UCI Online
 * Retail set (InvoiceNo, InvoiceDate, StockCode, UnitPrice, CustomerID) and CDNOW (customer_id, dollar_value).
 */
export interface RolePattern {
  readonly exact: readonly string[];
  readonly contains: readonly string[];
}

/** The header words of every role (see RolePattern); extend here when an export uses a new header. */
export const ROLE_PATTERNS: Readonly<Record<ColumnRole, RolePattern>> = {
  memberId: pattern(
    "會員編號|会员编号|会员ID|會員ID|会员号|會員號|会员|會員|会员账号|會員帳號|Member_Id|Member ID|Member No|Member Number|Member|Customer ID|CustomerID|Customer No|Customer Number|Customer|Cust ID|user_id|User|Client ID|Buyer ID|Buyer|買家ID|买家ID|買家|买家|客户ID|客戶ID|客户编号|客戶編號|用户ID|用戶ID|顾客ID|顧客ID",
    "會員編號|会员编号|会员ID|會員ID|memberid|customerid|userid|buyerid|買家ID|买家ID|客户编号|客戶編號|客户ID|客戶ID|用户ID|用戶ID",
  ),
  orderId: pattern(
    "訂單編號|订单编号|订单号|訂單號|订单ID|訂單ID|Order ID|Order No|Order Number|Order#|Transaction ID|InvoiceNo|Invoice No|Invoice|Invoice ID|交易编号|交易編號|单号|單號",
    "訂單編號|订单编号|订单号|訂單號|orderid|orderno|ordernumber|transactionid|invoiceno",
  ),
  orderDate: pattern(
    "訂單日期|订单日期|下单时间|下單時間|下单日期|下單日期|Order Date|Order Time|Order Datetime|Date|交易日期|交易時間|交易时间|日期|购买日期|購買日期|Purchase Date|Transaction Date|InvoiceDate|付款时间|付款時間|支付时间|支付時間|成交时间|成交時間",
    "訂單日期|订单日期|下单时间|下單時間|orderdate|交易日期|purchasedate|transactiondate",
  ),
  amount: pattern(
    "金額|金额|订单金额|訂單金額|Net_Amount|Sales|Revenue|Amount|銷售額|销售额|GMV|实付金额|實付金額|付款金额|付款金額|支付金额|支付金額|成交金额|成交金額|Total|Total Amount|Order Total|Sales Amount|Order Amount|营业额|營業額|消费金额|消費金額|Monetary|dollar_value|Dollars",
    "金額|金额|銷售額|销售额|amount|sales|revenue|營業額|营业额",
  ),
  quantity: pattern(
    "數量|数量|Quantity|Qty|件数|件數|销量|銷量|购买数量|購買數量|销售数量|銷售數量|Units|Quantity Ordered",
    "數量|数量|quantity|qty|件数|件數|销量|銷量",
  ),
  unitPrice: pattern(
    "單價|单价|Unit Price|UnitPrice|Price|价格|價格|成交价|成交價|Price Each",
    "單價|单价|unitprice",
  ),
  tagPrice: pattern(
    "吊牌价|吊牌價|吊牌价格|吊牌價格|Tag Price|List Price|原价|原價|标价|標價|MSRP",
    "吊牌|tagprice|listprice|原价|原價",
  ),
  salePrice: pattern(
    "销售价|銷售價|售价|售價|Sale Price|Selling Price|促销价|促銷價|活动价|活動價|折后价|折後價|现价|現價",
    "售价|售價|saleprice|sellingprice|销售价|銷售價",
  ),
  stock: pattern(
    "库存量|庫存量|库存|庫存|库存数量|庫存數量|Stock|Inventory|Stock Qty|On Hand",
    "库存|庫存|stock|inventory",
  ),
  uv: pattern(
    "UV数|UV數|UV|访客数|訪客數|Visitors|访客|訪客|Unique Visitors|浏览人数|瀏覽人數",
    "UV数|UV數|访客|訪客|visitors",
  ),
  favourites: pattern(
    "收藏数|收藏數|收藏|收藏人数|收藏人數|Favourites|Favorites|Favourite|Favorite|Wishlist",
    "收藏|favourite|favorite|wishlist",
  ),
  addToCart: pattern(
    "加购物车数|加購物車數|加购数|加購數|加购|加購|加购件数|加購件數|加购人数|加購人數|Add to Cart|Add_to_Cart|Adds to Cart|Cart Adds",
    "加购|加購|购物车|購物車|addtocart|cartadd",
  ),
  productName: pattern(
    "商品名|商品名称|商品名稱|Product Name|Product|品名|商品|Item Name|Item|产品名称|產品名稱|Description|商品标题|商品標題|Title",
    "商品名|品名|productname|itemname|产品名称|產品名稱",
  ),
  productId: pattern(
    "商品ID|商品编号|商品編號|Product ID|product_id|货号|貨號|款号|款號|Item ID|StockCode|Stock Code|产品ID|產品ID|产品编号|產品編號|SPU|SPU ID|商品代码|商品代碼|Item No",
    "商品ID|商品编号|商品編號|productid|货号|貨號|款号|款號|itemid",
  ),
  // A column headed just "SKU" is this SKU id when it holds text, and skuCount when it holds numbers (the
  // promotion study's product table: SKU数 per product, summed as its sku_cons); see type-decided-roles.ts.
  sku: pattern("SKU|sku_id|SKU Code|SKU编号|SKU編號|规格编号|規格編號|条码|條碼|Barcode", "sku"),
  skuCount: pattern(
    "SKU数|SKU數|SKU count|SKU个数|SKU個數|SKU数量|SKU數量|sku_cons|SKUs|Number of SKUs",
    "sku数|sku數|skucount|sku个数|sku個數",
  ),
  category: pattern(
    "类目|類目|類別|类别|品类|品類|Category|分类|分類|Product Category|商品类目|商品類目|类目名称|類目名稱",
    "类目|類目|類別|类别|品类|品類|category|分类|分類",
  ),
  discount: pattern("Discount|折扣|折扣率|Discount Rate|Discount %|折数|折數", "折扣|discount"),
  couponAmount: pattern(
    "优惠券金额|優惠券金額|Coupon|coupon_amount|优惠券|優惠券|优惠金额|優惠金額|Coupon Value|券金额|券金額",
    "优惠券|優惠券|coupon|优惠金额|優惠金額",
  ),
  registrationDate: pattern(
    "注册日期|註冊日期|注册时间|註冊時間|Registration Date|Signup Date|Sign-up Date|入会日期|入會日期|加入日期|Join Date|Register Date|开卡日期|開卡日期",
    "注册|註冊|入会|入會|registration|signup|joindate|firstorder|firstpurchase|首次購買|首次购买",
  ),
  channel: pattern(
    "渠道|通路|Channel|Source|来源|來源|平台|Platform|销售渠道|銷售渠道|Sales Channel",
    "渠道|通路|channel|来源|來源",
  ),
  status: pattern("状态|狀態|Status|Order Status|订单状态|訂單狀態|交易状态|交易狀態", "状态|狀態|status"),
  returnQuantity: pattern(
    "退货数量|退貨數量|Return Qty|Return Quantity|退货件数|退貨件數|退货数|退貨數|Returned Qty|Returned Quantity|Return Units",
    "退货数|退貨數|退货件|退貨件|returnqty|returnquantity|returnedqty|returnedquantity",
  ),
  returnAmount: pattern(
    "退货金额|退貨金額|Return Amount|Refund|退款金额|退款金額|Refund Amount|退款|Returned Amount",
    "退货金额|退貨金額|退款|refund|returnamount|returnedamount",
  ),
  // Member attributes for the member profile (issue 13). "city" and "age" are exact only: as keywords they
  // sit inside unrelated headers ("Elasticity", "Average", "Page").
  region: pattern(
    "地區|地区|城市|省份|區域|区域|縣市|县市|省市|所在地區|所在地区|所在城市|收貨城市|收货城市|收貨省份|收货省份|Region|City|Province|Customer City|Customer Region|Shipping City|Ship City",
    "地區|地区|城市|省份|區域|区域|縣市|县市|region|province",
  ),
  gender: pattern("性別|性别|會員性別|会员性别|Gender|Sex|Customer Gender|Member Gender", "性別|性别|gender"),
  birthday: pattern(
    "生日|出生日期|出生年月日|會員生日|会员生日|Birthday|Birth Date|Birthdate|Date of Birth|DOB",
    "生日|出生日期|birthday|birthdate|dateofbirth",
  ),
  age: pattern("年齡|年龄|會員年齡|会员年龄|歲數|岁数|Age|Customer Age|Member Age", "年齡|年龄"),
  membershipLevel: pattern(
    "會員等級|会员等级|會員級別|会员级别|會員卡等級|会员卡等级|等級|等级|VIP等級|VIP等级|Membership Level|Member Level|Membership Tier|Member Tier|Loyalty Tier|VIP Level|Tier|Level",
    "會員等級|会员等级|等級|等级|級別|级别|memberlevel|membershiplevel|viplevel|tier",
  ),
  // Per-member (customer-level) tables, as R rfm's rfm_table_customer takes them (issue 11): the member study's
  // SQL export (Member_Id, Order_Sales, Order_count, last_order). A plain "Amount", "Sales", "消費金額" or
  // "Revenue" stays `amount` (an order line's amount); a per-member table reads it as the member's total.
  orderCount: pattern(
    "訂單數|訂單數量|訂單次數|下單次數|購買次數|消費次數|订单数|订单数量|订单次数|下单次数|购买次数|消费次数|Order_count|Order Count|Orders|Frequency|# of orders|Number of orders|No of orders|Orders Count|Purchase Count|Number of purchases",
    "ordercount|numberoforders|訂單數|订单数|購買次數|购买次数|下單次數|下单次数",
  ),
  totalAmount: pattern(
    "Order_Sales|Total Spent|Total Spend|Total Spending|Lifetime Spend|Customer Value|總消費金額|总消费金额|累計消費金額|累计消费金额|消費總額|消费总额|累計消費|累计消费",
    "totalspent|totalspend|總消費|总消费|累計消費|累计消费",
  ),
  lastOrderDate: pattern(
    "last_order|Last order|Last order date|Last purchase|Last purchase date|Last Order Day|最近購買日|最近購買日期|最後訂單日期|最後購買日|最後購買日期|最近一次購買日期|最近购买日|最近购买日期|最后订单日期|最后购买日|最后购买日期|最近一次购买日期",
    "lastorder|lastpurchase|最近購買|最近购买|最後訂單|最后订单|最後購買|最后购买",
  ),
  recencyDays: pattern(
    "Recency|Recency days|Recency (days)|days since last order|Days since last purchase|距上次購買天數|距上次购买天数|距今天數|距今天数|最近購買天數|最近购买天数",
    "recency|dayssincelast|距上次購買|距上次购买",
  ),
};

/** Words are listed "|"-separated to keep the table readable. */
function pattern(exact: string, contains: string): RolePattern {
  return { exact: exact.split("|"), contains: contains.split("|") };
}
