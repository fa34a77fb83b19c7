// H5 has no WeChat identity: the mock logs in the seeded demo user of the chosen role.
export async function getLoginCode(): Promise<string | undefined> {
  return undefined
}
