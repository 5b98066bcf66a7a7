import type { ApiContract } from "@/lib/http/contracts/define";
import { accountContracts } from "./account";
import { projectContracts } from "./projects";
import { rowContracts } from "./rows";
import { scenarioContracts } from "./scenarios";
import { dashboardContractList } from "./dashboards";
import { importExportContractList } from "./import-export";
import { reportContractList } from "./reports";
import { simulationContractList } from "./simulations";
import { systemContracts } from "./system";
import { userContracts } from "./users";

/** Every route's contract, the source of /api/openapi.json. Add a resource's list here when it gains routes. */
export const allContracts: readonly ApiContract[] = [
  ...systemContracts,
  ...accountContracts,
  ...projectContracts,
  ...scenarioContracts,
  ...rowContracts,
  ...userContracts,
  ...dashboardContractList,
  ...simulationContractList,
  ...importExportContractList,
  ...reportContractList,
];
