/** The archive's public address for absolute links; read in one place so previews and citations agree. */
export function publicBaseUrl(): string {
  return (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
}
