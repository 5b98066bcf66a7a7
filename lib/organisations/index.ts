// The organisations service: creating an organisation (its creator becomes its admin) and its settings.
export { createOrganisation, isOrganisationCreationAllowed } from "./create";
export {
  getNewProjectDefaults,
  getOrganisationSettings,
  getValuationPreferences,
  updateOrganisationSettings,
  type OrganisationSettings,
} from "./settings";
