import type { ApiContract } from "@/lib/http/contracts/define";
import { accountContracts } from "./account";
import { passwordContracts } from "./passwords";
import { invitationContracts } from "./invitations";
import { auditContracts } from "./audit";
import { deckMatrixContract } from "./deck-matrix";
import { priceDeckContracts } from "./price-decks";
import { projectContracts } from "./projects";
import { rowContracts } from "./rows";
import { consumptionActualContractList } from "./consumption-actuals";
import { scenarioContracts } from "./scenarios";
import { economicsContractList } from "./economics";
import { fitContractList } from "./fits";
import { dashboardContractList } from "./dashboards";
import { importExportContractList } from "./import-export";
import { exportContractList } from "./exports";
import { organisationContracts } from "./organisations";
import { reportContractList } from "./reports";
import { simulationContractList } from "./simulations";
import { systemContracts } from "./system";
import { tokenContracts } from "./tokens";
import { userContracts } from "./users";

/** Every route's contract, the source of /api/openapi.json. Add a resource's list here when it gains routes. */
export const allContracts: readonly ApiContract[] = [
  ...systemContracts,
  ...accountContracts,
  ...passwordContracts,
  ...invitationContracts,
  ...tokenContracts,
  ...projectContracts,
  ...priceDeckContracts,
  deckMatrixContract,
  ...scenarioContracts,
  ...economicsContractList,
  ...fitContractList,
  ...rowContracts,
  ...consumptionActualContractList,
  ...userContracts,
  ...auditContracts,
  ...organisationContracts,
  ...dashboardContractList,
  ...simulationContractList,
  ...importExportContractList,
  ...exportContractList,
  ...reportContractList,
];
