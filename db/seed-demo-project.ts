import type { DbOrTx } from "./client";

/** Seeds the demo open-pit copper project for an organisation (filled in with the domain schema). */
export async function seedDemoProject(_db: DbOrTx, _organisationId: string): Promise<void> {}
