// Records the response examples of the OpenAPI documents from the demo data, as a user of the running
// suite sees it (./dev examples, after ./dev up): every GET of a JSON resource is called once with ids
// found through the lists above it, and the answer (lists cut to two items) becomes that operation's
// example; a create or replace answers with the same schema as a read, so the read's answer is its
// example too. Writes <service>/src/main/resources/openapi/examples.json, which the services' OpenAPI
// filter (shanhai-common ResponseExamples) puts into the documents at build time.
// Usage (./dev examples does it): REPORTER_TOKEN=... node examples.js ROOT TOKEN programme-service=URL training-service=URL metrics-service=URL
const fs = require("fs");
const path = require("path");

const [root, token, ...targets] = process.argv.slice(2);
const reporterToken = process.env.REPORTER_TOKEN; // a HOSPITAL_REPORTER of the demo's primary recipient
// as the documents' request examples name them
const EXAMPLE_INSTITUTION = "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03", EXAMPLE_EXPERT = "张三";
const headers = { Authorization: `Bearer ${token}`, Accept: "application/json", "Accept-Language": "zh-CN" };

// the demo records examples prefer, where a list holds others too (the primary recipient of Luodian's
// programme has observations, milestones and an approval)
const PREFERRED = { programmes: (p) => p.code.startsWith("GZ-LUODIAN"), institutions: (i) => i.name === "罗甸县人民医院",
  indicators: (i) => i.code === "CHEST_PAIN_PATIENTS" };
// parameters that are not ids of a list's items: a period with data, a year
const FIXED = { period: "2022", year: "2022", granularity: "YEAR" };
// required query parameters, by name (the others from the ids found so far)
const QUERY = { indicator: "COUNTY_RETENTION_RATE", period: "2022", from: "2022", to: "2024", year: "2022", granularity: "YEAR" };
// parameters under a path that lists nothing (an institution's series of one indicator)
const FALLBACK = { code: "COUNTY_RETENTION_RATE" };
// Records the demo has none of (it makes no individual training records, as its reports name none):
// each is created from its operation's documented request example, the ids in it replaced by the
// demo's, with an Idempotency-Key so that a second run creates nothing new.
const FILL = {
  "programme-service": ["recordResourceInput", "establishWorkstation"],
  "training-service": ["registerStaff", "startMentorship", "startSecondment", "recordTrainingActivity", "recordExamResult",
    "importTrainingActivities"],
  "metrics-service": ["defineIndicator", "createValidationRule", "setTargets", "importObservations", "replayDeadLetters",
    "submitApproval"],
};
FILL["training-service"].push("replayDeadLetters");
// where a documented example does not fit the demo programme (it started on 2022-06-01; a target's
// baseline is computed only where the demo has the period's parts)
const OVERRIDE = {
  establishWorkstation: { establishedDate: "2023-03-01" },
  setTargets: { targets: [{ indicator: "COUNTY_RETENTION_RATE", baselinePeriod: "2021", baselineValue: 88.1, targetPeriod: "2025", targetValue: 90 }] },
};
// lists cut to two items; a null is left out, as clients read null and absent alike (docs/integration.md)
// and the documents' schemas do not list null as a value
const trim = (v) => Array.isArray(v) ? v.slice(0, 2).map(trim)
  : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, trim(x)]))
  : v;

async function call(base, url, method = "GET", body, key, auth) {
  const csv = typeof body === "string";
  const h = { ...headers, ...(auth ? { Authorization: `Bearer ${auth}` } : {}),
    ...(body ? { "Content-Type": csv ? "text/csv" : "application/json" } : {}), ...(key ? { "Idempotency-Key": key } : {}) };
  const response = await fetch(base + url, { method, headers: h, body: body ? (csv ? body : JSON.stringify(body)) : undefined });
  const type = response.headers.get("content-type") || "";
  return { status: response.status, body: type.includes("json") ? await response.json() : null };
}
const get = (base, url) => call(base, url);

// the demo's ids that request examples are given in place of theirs, by field name
const demo = {};
async function findDemo(programmeBase) {
  const programmes = (await get(programmeBase, "/api/v1/programmes?size=50")).body.items;
  const p = programmes.find(PREFERRED.programmes);
  const assignments = (await get(programmeBase, `/api/v1/programmes/${p.id}/assignments?size=5`)).body.items;
  Object.assign(demo, { programmeId: p.id, institutionId: p.recipients.find((r) => r.primary).institutionId,
    hostInstitutionId: p.leadInstitutionId, mentorExpertId: assignments[0].expertId, leadExpertId: assignments[0].expertId,
    expertId: assignments[0].expertId,
    expertName: (await get(programmeBase, `/api/v1/experts/${assignments[0].expertId}`)).body.name });
}
const substitute = (v) => Array.isArray(v) ? v.map(substitute)
  : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k in demo && typeof x === "string" ? demo[k] : substitute(x)]))
  : v;
const shared = {}; // list path -> items, across the services (a programme's id is the same in all three)

function schemaRef(op, status) {
  const media = op.responses?.[status]?.content?.["application/json"];
  return media?.schema?.$ref || null;
}

async function record(service, base) {
  const doc = JSON.parse(fs.readFileSync(path.join(root, "docs/api", `${service}.openapi.json`), "utf8"));
  const lists = {}; // resolved list path -> items
  const ids = {};   // parameter name -> value found so far
  const examples = {};
  const bySchema = {};

  async function itemsOf(listPath) {
    if (!(listPath in lists)) {
      const { status, body } = await get(base, listPath + (listPath.includes("?") ? "&" : "?") + "size=50");
      const items = status === 200 && body ? (Array.isArray(body) ? body : Array.isArray(body.items) ? body.items : []) : [];
      lists[listPath] = items.length ? items : shared[listPath] || [];
      if (items.length && !shared[listPath]) shared[listPath] = items;
    }
    return lists[listPath];
  }

  // a path template with its parameters filled from the lists above each one, or null
  async function resolve(template, op) {
    const parts = template.split("/");
    let done = "";
    for (let i = 1; i < parts.length; i++) {
      const m = parts[i].match(/^\{(.+)\}$/);
      if (!m) { done += "/" + parts[i]; continue; }
      const name = m[1];
      let value = FIXED[name];
      if (value === undefined) {
        const collection = parts[i - 1];
        const items = await itemsOf(done);
        const item = items.find(PREFERRED[collection] || (() => false)) || items.find((x) => x && (x[name] || x.id || x.code));
        if (!item && FALLBACK[name]) { ids[name] = FALLBACK[name]; done += "/" + FALLBACK[name]; continue; }
        if (!item) return null;
        value = item[name] ?? (name.toLowerCase().endsWith("code") ? item.code : item.id) ?? item.code;
        if (value === undefined) return null;
      }
      ids[name] = value;
      done += "/" + encodeURIComponent(value);
    }
    const query = [];
    for (const p of op.parameters || []) {
      if (p.in === "query" && p.required) {
        const v = QUERY[p.name] ?? ids[p.name] ?? demo[p.name];
        if (v === undefined) return null;
        query.push(`${p.name}=${encodeURIComponent(v)}`);
      }
    }
    return done + (query.length ? "?" + query.join("&") : "");
  }

  for (const operationId of FILL[service] || []) {
    const [template, method, op] = Object.entries(doc.paths).flatMap(([t, item]) => Object.entries(item)
      .map(([m, o]) => [t, m, o])).find(([, , o]) => o.operationId === operationId);
    const media = op.requestBody?.content["application/json"] ?? op.requestBody?.content["text/csv"];
    const example = media && (media.example ?? Object.values(media.examples || {})[0]?.value);
    const url = await resolve(template, op);
    // a CSV example names the example institution by its id, and an expert by name
    const request = typeof example === "string"
      ? example.replaceAll(EXAMPLE_INSTITUTION, demo.institutionId).replaceAll(EXAMPLE_EXPERT, demo.expertName)
      : example && { ...substitute(example), ...(OVERRIDE[operationId] || {}) };
    // submitting a year's data is the hospital's reporter's to do
    const auth = operationId === "submitApproval" ? reporterToken : undefined;
    const { status, body } = await call(base, url, method.toUpperCase(), request, `examples-${operationId}`, auth);
    if (status >= 300) { console.error(`${service} ${operationId}: ${method.toUpperCase()} ${url} answered ${status} ${JSON.stringify(body)}`); continue; }
    examples[operationId] = { [status]: trim(body) };
    if (operationId === "registerStaff") demo.staffId = demo.apprenticeId = body.id;
    for (const k of Object.keys(lists)) delete lists[k];
  }

  // shortest paths first: a list before the reads below it
  const gets = Object.entries(doc.paths).filter(([p, item]) => item.get && p.startsWith("/api/"))
    .sort(([a], [b]) => a.split("/").length - b.split("/").length);
  for (const [template, item] of gets) {
    const op = item.get;
    if (!schemaRef(op, "200") && !op.responses?.["200"]?.content?.["application/json"]) continue;
    const url = await resolve(template, op);
    if (!url) { console.error(`${service} ${op.operationId}: no demo record to call it with`); continue; }
    const { status, body } = await get(base, url);
    if (status !== 200 || body === null) { console.error(`${service} ${op.operationId}: GET ${url} answered ${status}`); continue; }
    examples[op.operationId] = { 200: trim(body) };
    const ref = schemaRef(op, "200");
    if (ref && !(ref in bySchema)) bySchema[ref] = trim(body);
  }
  // writes answer with a resource a read already showed
  for (const item of Object.values(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === "get" || !op.responses) continue;
      for (const status of ["200", "201"]) {
        const ref = schemaRef(op, status);
        const own = examples[op.operationId];
        if (ref && bySchema[ref] !== undefined && !(own && Object.keys(own).some((k) => k.startsWith("2")))) {
          (examples[op.operationId] ||= {})[status] = bySchema[ref];
        }
      }
    }
  }
  const out = path.join(root, service, "src/main/resources/openapi/examples.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const sorted = Object.fromEntries(Object.keys(examples).sort().map((k) => [k, examples[k]]));
  fs.writeFileSync(out, JSON.stringify(sorted, null, 2) + "\n");
  // the operations answering JSON: each should have its example
  const json = Object.values(doc.paths).flatMap((i) => Object.values(i)).filter((o) => o.operationId
    && Object.entries(o.responses || {}).some(([c, r]) => c.startsWith("2") && r.content?.["application/json"]));
  const without = json.filter((o) => !examples[o.operationId]).map((o) => o.operationId);
  console.log(`${service}: examples for ${json.length - without.length} of ${json.length} JSON operations -> `
    + path.relative(root, out) + (without.length ? ` (none for ${without.join(", ")})` : ""));
}

(async () => {
  await findDemo(targets.find((t) => t.startsWith("programme-service=")).split("=")[1]);
  for (const t of targets) {
    const [service, base] = t.split("=");
    await record(service, base);
  }
})().catch((e) => { console.error(e); process.exit(1); });
