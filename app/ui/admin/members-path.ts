/** The members API of an organisation, or of one member in it. */
export function membersPath(organisationId: string, userId?: string): string {
  const base = `/api/organisations/${organisationId}/users`;
  return userId ? `${base}/${userId}` : base;
}

/** The invitations API of an organisation, or of one invitation in it. */
export function invitationsPath(organisationId: string, invitationId?: string): string {
  const base = `/api/organisations/${organisationId}/invitations`;
  return invitationId ? `${base}/${invitationId}` : base;
}
