// Holds every answer the TypeScript client got (a JSON line each: service, method, path template,
// status, body) against the schema its service's OpenAPI document gives for that operation and
// status: a field typed number that arrives as a string, a value outside its enum or a missing
// schema would make the front-end's generated types lie. Used by system-tests/run.sh; exits 1 on
// any finding. Usage: node responses-check.js DOCS_DIR ANSWERS_FILE
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats");

const [docs, answersFile] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const f of ["int32", "int64", "decimal"]) ajv.addFormat(f, true);
const documents = {};
for (const service of ["programme-service", "training-service", "metrics-service"]) {
  const doc = JSON.parse(fs.readFileSync(path.join(docs, `${service}.openapi.json`), "utf8"));
  doc.$id = `https://shanhai.org.cn/api/${service}`;
  ajv.addSchema(doc);
  documents[service] = doc;
}
// An optional field may come as null (the documents list no required response fields, and clients
// read null and absent alike, docs/integration.md): nulls are dropped before validation.
const withoutNulls = (v) => Array.isArray(v) ? v.map(withoutNulls)
  : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, withoutNulls(x)]))
  : v;
const validators = {};
let bad = 0, checked = 0;
const lines = fs.readFileSync(answersFile, "utf8").split("\n").filter((l) => l.trim());
for (const line of lines) {
  const a = JSON.parse(line);
  const op = documents[a.service].paths[a.path]?.[a.method];
  const where = `${a.service} ${a.method.toUpperCase()} ${a.path} ${a.status}`;
  if (!op) { console.error(`${where}: no such operation in the document`); bad++; continue; }
  const response = op.responses?.[String(a.status)];
  if (!response) { console.error(`${where}: the document lists no ${a.status} for it`); bad++; continue; }
  if (a.body === null) continue;
  const media = response.content && (response.content["application/json"] ?? response.content["application/problem+json"]);
  if (!media?.schema) { console.error(`${where}: a JSON body the document gives no schema for`); bad++; continue; }
  const pointer = JSON.stringify(media.schema);
  const id = `${a.service}|${pointer}`;
  if (!validators[id]) {
    // the schema as the document writes it, its $refs resolved within that document
    const schema = JSON.parse(pointer.replace(/"#\/components/g, `"https://shanhai.org.cn/api/${a.service}#/components`));
    validators[id] = ajv.compile(schema);
  }
  checked++;
  if (!validators[id](withoutNulls(a.body))) {
    console.error(`${where}: ${ajv.errorsText(validators[id].errors, { separator: "; " })}`);
    bad++;
  }
}
// and every example of a success response in the documents (./dev examples records them from the demo):
// an example that no longer fits its schema would teach the front-end team a wrong shape
let examples = 0;
for (const [service, doc] of Object.entries(documents)) {
  for (const [p, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      for (const [status, response] of Object.entries(op.responses || {})) {
        const media = status.startsWith("2") && response.content?.["application/json"];
        if (!media?.schema || media.example === undefined) continue;
        const pointer = JSON.stringify(media.schema);
        const schema = JSON.parse(pointer.replace(/"#\/components/g, `"https://shanhai.org.cn/api/${service}#/components`));
        const validate = ajv.compile(schema);
        examples++;
        if (!validate(withoutNulls(media.example))) {
          console.error(`${service} ${op.operationId} ${status} example: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
          bad++;
        }
      }
    }
  }
}
console.log(`responses: ${checked} answers and ${examples} examples held against their documents' schemas, ${bad} findings`);
process.exit(bad === 0 && checked > 0 && examples > 0 ? 0 : 1);
