// Swagger UI renders the contract: opens openapi/openapi.yaml in Swagger UI in headless Chromium, scrolls the
// page from top to bottom and checks that every operation group (tag) of the contract and every operation
// (method and path, under each of its tags) appeared, with no error box, no component Swagger UI could not
// render and no error thrown in the page.
//
// Swagger UI renders a long list lazily: from 5.33 on, once tags and operations together are 150 or more (this
// contract has more), only the rows near the viewport are in the page, the rest appearing as one scrolls
// (swagger-api/swagger-ui#11024). So a look at the page without scrolling sees the first group's first few
// operations and nothing else; this check scrolls the window and collects what each position shows.
//
// Usage (Node.js 20+; puppeteer-core and swagger-ui-dist in .ci/.tools, a Chromium at CHROMIUM, default
// /usr/bin/chromium-headless-shell, Debian's `apt-get install -y chromium-headless-shell`):
//   npm install --prefix .ci/.tools puppeteer-core@25.16.0 swagger-ui-dist@5.35.0
//   node clients/swagger-ui/check.mjs                      Swagger UI of .ci/.tools/node_modules/swagger-ui-dist
//   node clients/swagger-ui/check.mjs --dist DIR           the Swagger UI files in DIR (swagger-ui-bundle.js, …)
//   node clients/swagger-ui/check.mjs --url URL            a Swagger UI page served elsewhere, e.g. the service's
//                                                          http://localhost:8080/q/swagger-ui/
// With --dist (and by default) it serves the files and openapi/openapi.yaml itself, docExpansion "list" (every
// group open, every operation's summary line shown). What it expects comes from openapi/openapi.json either way.
// .ci/run runs it on swagger-ui-dist 5.35.0, then check-served.sh runs it on the packaged service's own
// /q/swagger-ui/ (Quarkus' Swagger UI 5.20.8 loading /q/openapi); README, "Tests and CI".
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";

const root = new URL("../..", import.meta.url).pathname;
const tools = createRequire(join(root, ".ci/.tools/node_modules/"));
const puppeteer = tools("puppeteer-core");

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const servedUrl = option("--url");
const dist = resolve(option("--dist") ?? join(root, ".ci/.tools/node_modules/swagger-ui-dist"));

// What the page must show: every operation under each of its tags (Swagger UI puts an untagged one in "default").
const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const contract = JSON.parse(readFileSync(join(root, "openapi/openapi.json"), "utf8"));
const expectedTags = new Set();
const expectedOperations = new Set();
for (const [path, item] of Object.entries(contract.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!methods.includes(method)) {
      continue;
    }
    for (const tag of operation.tags?.length ? operation.tags : ["default"]) {
      expectedTags.add(tag);
      expectedOperations.add(`${tag} ${method.toUpperCase()} ${path}`);
    }
  }
}

let server;
let url = servedUrl;
if (!servedUrl) {
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: "/openapi.yaml", dom_id: "#swagger-ui", docExpansion: "list" });</script></body></html>`;
  const types = { ".js": "text/javascript", ".css": "text/css", ".yaml": "application/yaml" };
  server = createServer((request, response) => {
    const path = new URL(request.url, "http://check").pathname;
    try {
      const body = path === "/" ? page
        : path === "/openapi.yaml" ? readFileSync(join(root, "openapi/openapi.yaml"))
        : readFileSync(join(dist, path.replace(/[^a-z0-9._-]/gi, "")));
      response.writeHead(200, { "Content-Type": path === "/" ? "text/html" : types[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${server.address().port}/`;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium-headless-shell",
  args: ["--no-sandbox", "--disable-dev-shm-usage"],
  defaultViewport: { width: 1280, height: 1600 },
});
let failed = false;
try {
  const tab = await browser.newPage();
  const problems = new Set();
  tab.on("pageerror", (error) => problems.add(`page error: ${error}`));
  tab.on("console", (message) => {
    // Swagger UI reports a component it could not render, and a spec it could not resolve, on the console
    if (message.type() === "error") {
      problems.add(`console: ${message.text()}`);
    }
  });
  tab.on("requestfailed", (request) => problems.add(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  tab.on("response", (response) => {
    if (response.status() >= 400) {
      problems.add(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  const started = Date.now();
  await tab.goto(url, { waitUntil: "load", timeout: 60_000 });
  const loaded = await tab.waitForFunction(() => document.querySelector(".opblock-tag[data-tag]") !== null
    || document.querySelector(".errors-wrapper, .loading-container .errors") !== null, { timeout: 60_000 })
    .then(() => true, () => false);
  if (!loaded) {
    problems.add("no operation group appeared within 60 s");
  }
  const version = await tab.evaluate(() => window.versions?.swaggerUI?.version ?? "unknown");

  // Scroll from the top to the bottom, a viewport at a time (less a margin), collecting what each position
  // renders; the page grows as rows are measured, so go on until a position at the bottom adds nothing. If
  // something is missing, one more sweep from the top, slower, before calling it missing (a busy machine).
  const seenTags = new Set();
  const seenOperations = new Set();
  const boxes = new Set();
  const sweep = async (pause) => {
    let quiet = 0;
    for (let step = 0; step < 2000 && quiet < 2; step++) {
      const view = await tab.evaluate(async (first, pause) => {
        if (first) {
          window.scrollTo(0, 0);
        } else {
          window.scrollBy(0, Math.floor(window.innerHeight * 0.8));
        }
        // two frames: the virtual list reads the scroll position, then React commits the rows
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        await new Promise((done) => setTimeout(done, pause));
        const tags = [...document.querySelectorAll(".opblock-tag[data-tag]")].map((tag) => tag.getAttribute("data-tag"));
        const operations = [...document.querySelectorAll(".opblock")].map((block) => ({
          // in the virtual list an operation's row is not inside its group's section: its id is
          // operations-<tag>-<operationId>
          tag: block.closest(".opblock-tag-section")?.querySelector(".opblock-tag[data-tag]")?.getAttribute("data-tag") ?? null,
          id: block.id,
          method: block.querySelector(".opblock-summary-method")?.textContent.trim(),
          path: block.querySelector(".opblock-summary-path")?.getAttribute("data-path"),
        }));
        const boxes = [...document.querySelectorAll(".errors-wrapper, .fallback")].map((box) => box.textContent.trim());
        const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
        return { tags, operations, boxes, bottom };
      }, step === 0, pause);
      const before = seenTags.size + seenOperations.size;
      view.tags.forEach((tag) => seenTags.add(tag));
      for (const operation of view.operations) {
        const tag = operation.tag ?? [...expectedTags].filter((name) => operation.id.startsWith(`operations-${name}-`))
          .sort((a, b) => b.length - a.length)[0] ?? "?";
        seenOperations.add(`${tag} ${operation.method} ${operation.path}`);
      }
      view.boxes.forEach((box) => boxes.add(box));
      quiet = view.bottom && seenTags.size + seenOperations.size === before ? quiet + 1 : 0;
    }
  };
  const complete = () => seenTags.size >= expectedTags.size
    && [...expectedOperations].every((operation) => seenOperations.has(operation));
  if (loaded) {
    await sweep(0);
    if (!complete()) {
      console.log("not everything seen in one sweep: sweeping again, slower");
      await sweep(300);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const missingTags = [...expectedTags].filter((tag) => !seenTags.has(tag));
  const missingOperations = [...expectedOperations].filter((operation) => !seenOperations.has(operation));
  const unexpected = [...seenOperations].filter((operation) => !expectedOperations.has(operation));
  console.log(`Swagger UI ${version} (${servedUrl ?? dist}) showed ${seenTags.size} of ${expectedTags.size} operation groups`
    + ` and ${seenOperations.size - unexpected.length} of ${expectedOperations.size} operations in ${seconds} s`);
  const report = (title, lines) => {
    if (lines.length > 0) {
      const more = lines.length > 20 ? [`… and ${lines.length - 20} more`] : [];
      console.log(`${title}:\n  ${[...lines.slice(0, 20), ...more].join("\n  ")}`);
      failed = true;
    }
  };
  report("groups not shown", missingTags);
  report("operations not shown", missingOperations);
  report("operations shown that the contract does not have", unexpected);
  report("error boxes on the page", [...boxes]);
  report("errors", [...problems]);
} finally {
  await browser.close();
  server?.close();
}
process.exit(failed ? 1 : 0);
