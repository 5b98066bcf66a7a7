// Filled in by the database test harness (see lib/testing/README in CONTRIBUTING.md).
export default async function setup(): Promise<void> {}
