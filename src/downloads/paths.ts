/** Where a step's downloads live (site paths, before the base path). Safe for client and server. */
export function downloadPaths(scene: string, step: string) {
  return { svg: `/downloads/${scene}/${step}.svg`, png: `/downloads/${scene}/${step}.png`, csv: `/downloads/${scene}/${step}.csv` };
}
