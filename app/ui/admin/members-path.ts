/** The members API of an organisation, or of one member in it. */
export function membersPath(organisationId: string, userId?: string): string {
  const base = `/api/organisations/${organisationId}/users`;
  return userId ? `${base}/${userId}` : base;
}
