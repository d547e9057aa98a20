import { ROLE_PATTERNS } from "../../../src/table/role-patterns";
import { assignRoles, COLUMN_ROLES, normalizeHeader, roleOfHeader } from "../../../src/table/roles";

describe("assignRoles", () => {
  it("maps a Superstore-style English export", () => {
    const headers = [
      "Row ID",
      "Order ID",
      "Order Date",
      "Ship Date",
      "Customer ID",
      "Customer Name",
      "Product ID",
    ];
    const more = ["Category", "Sub-Category", "Product Name", "Sales", "Quantity", "Discount", "Profit"];
    expect(assignRoles([...headers, ...more])).toEqual([
      null,
      "orderId",
      "orderDate",
      null,
      "memberId",
      null,
      "productId",
      "category",
      null,
      "productName",
      "amount",
      "quantity",
      "discount",
      null,
    ]);
  });

  it("maps the member study's Traditional Chinese headers", () => {
    expect(assignRoles(["會員編號", "訂單日期", "金額"])).toEqual(["memberId", "orderDate", "amount"]);
  });

  it("maps the promotion study's Simplified Chinese headers", () => {
    expect(assignRoles(["会员编号", "订单日期", "吊牌价", "库存量", "UV数", "加购物车数", "商品名"])).toEqual(
      ["memberId", "orderDate", "tagPrice", "stock", "uv", "addToCart", "productName"],
    );
  });

  it.each([
    ["Member_Id", "memberId"],
    ["customer_id", "memberId"],
    ["CustomerID", "memberId"],
    ["user_id", "memberId"],
    ["買家ID", "memberId"],
    ["会员ID", "memberId"],
    ["order_id", "orderId"],
    ["订单号", "orderId"],
    ["下单时间", "orderDate"],
    ["order_date", "orderDate"],
    ["交易日期", "orderDate"],
    ["Net_Amount", "amount"],
    ["revenue", "amount"],
    ["销售额", "amount"],
    ["GMV", "amount"],
    ["qty", "quantity"],
    ["件数", "quantity"],
    ["销量", "quantity"],
    ["单价", "unitPrice"],
    ["price", "unitPrice"],
    ["吊牌價", "tagPrice"],
    ["list price", "tagPrice"],
    ["原价", "tagPrice"],
    ["售价", "salePrice"],
    ["Sale Price", "salePrice"],
    ["庫存量", "stock"],
    ["inventory", "stock"],
    ["访客数", "uv"],
    ["visitors", "uv"],
    ["收藏", "favourites"],
    ["favorites", "favourites"],
    ["加購", "addToCart"],
    ["add_to_cart", "addToCart"],
    ["商品名称", "productName"],
    ["货号", "productId"],
    ["product_id", "productId"],
    ["sku_id", "sku"],
    ["類別", "category"],
    ["品类", "category"],
    ["折扣率", "discount"],
    ["優惠券金額", "couponAmount"],
    ["coupon_amount", "couponAmount"],
    ["註冊日期", "registrationDate"],
    ["signup date", "registrationDate"],
    ["通路", "channel"],
    ["source", "channel"],
    ["狀態", "status"],
    ["order status", "status"],
    ["退貨數量", "returnQuantity"],
    ["return qty", "returnQuantity"],
    ["退货金额", "returnAmount"],
    ["refund", "returnAmount"],
    ["ＭｅｍｂｅｒＩＤ", "memberId"],
    ["金额(元)", "amount"],
    ["实付金额", "amount"],
    ["Total Sales", "amount"],
    ["地區", "region"],
    ["城市", "region"],
    ["省份", "region"],
    ["区域", "region"],
    ["Region", "region"],
    ["City", "region"],
    ["收货城市", "region"],
    ["性別", "gender"],
    ["性别", "gender"],
    ["Sex", "gender"],
    ["Gender", "gender"],
    ["生日", "birthday"],
    ["出生日期", "birthday"],
    ["Date of Birth", "birthday"],
    ["birth_date", "birthday"],
    ["年齡", "age"],
    ["年龄", "age"],
    ["Age", "age"],
    ["會員等級", "membershipLevel"],
    ["会员等级", "membershipLevel"],
    ["Membership Level", "membershipLevel"],
    ["VIP等级", "membershipLevel"],
  ])("recognises %j as %s", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it("gives each role to one column, the best match first", () => {
    // "实付金额" matches amount exactly; "金额(元)" only once its unit is removed, so it is left without a role.
    expect(assignRoles(["金额(元)", "实付金额"])).toEqual([null, "amount"]);
    // Two equal matches: the leftmost wins.
    expect(assignRoles(["Sales", "Sales"])).toEqual(["amount", null]);
    // "退货金额" is returnAmount exactly, so "金额" inside it does not take amount away from "Revenue".
    expect(assignRoles(["退货金额", "Revenue"])).toEqual(["returnAmount", "amount"]);
  });

  it("leaves unknown headers without a role", () => {
    // "Region" was the example of an unknown header until issue 13 made it the region role.
    expect(assignRoles(["Profit", "Remarks", ""])).toEqual([null, null, null]);
  });

  it("keeps 'age' and 'city' from matching inside other headers (issue 13's new roles are exact there)", () => {
    expect(assignRoles(["Average Price", "Page Views", "Price Elasticity", "Stage"])).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it("recognises the member attributes of a member export beside its order columns", () => {
    const headers = ["會員編號", "訂單編號", "訂單日期", "金額", "地區", "性別", "生日", "類別", "會員等級"];
    expect(assignRoles(headers)).toEqual([
      "memberId",
      "orderId",
      "orderDate",
      "amount",
      "region",
      "gender",
      "birthday",
      "category",
      "membershipLevel",
    ]);
  });

  it("keeps fixed roles and takes them out of play", () => {
    const fixed = new Map([[1, "memberId" as const]]);
    expect(assignRoles(["Customer ID", "Buyer Code", "Sales"], fixed)).toEqual([null, "memberId", "amount"]);
  });

  it("has no exact header listed under two roles", () => {
    const owner = new Map<string, string>();
    for (const role of COLUMN_ROLES) {
      for (const word of ROLE_PATTERNS[role].exact) {
        const key = normalizeHeader(word);
        expect([key, owner.get(key) ?? role]).toEqual([key, role]);
        owner.set(key, role);
      }
    }
  });
});
