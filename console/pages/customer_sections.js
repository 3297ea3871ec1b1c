// Sections that other features add to one customer's page (ショップカード, アンケート…), in order:
// each a function (customer) -> element or null, given the customer as GET /api/customers/{id}
// answers, drawn below the customer's record, 1:1トーク, notes and timeline (above 「顧客データを削除」).
import { shopCardSection } from "/pages/shop_card.js";
import { surveySection } from "/pages/surveys.js";

export const CUSTOMER_SECTIONS = [shopCardSection, surveySection];
