export { planCapex, type CapexPlan } from "./capex-planner";
export { annualOpexCost, planOpex, type OpexPlan, type OpexPlanItem, type OpexTonnages } from "./opex-planner";
