// `npm run demo`: builds the add-in and serves the playground — the real task pane beside a simulated
// workbook preloaded with sample exports — for anyone without Excel. Prints the URL; Ctrl-C stops it.
import { spawnSync } from "node:child_process";
import { serveDist } from "./serve-dist.mjs";

const port = Number(process.env.PORT ?? 8080);
if (process.env.SKIP_BUILD !== "1") {
  const build = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit", shell: false });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const { url } = await serveDist("dist", port);
console.log(`\nCommerce Analytics playground: ${url}\n(the task pane for Excel is at ${url}taskpane.html)\n`);
