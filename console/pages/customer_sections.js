// Sections that other features add to one customer's page (ショップカード, アンケート…), in order:
// each a function (customer) -> element or null, given the customer as GET /api/customers/{id}
// answers, drawn below the customer's information and history.
import { surveySection } from "/pages/surveys.js";

export const CUSTOMER_SECTIONS = [surveySection];
