// Validates docs/api/events.asyncapi.yaml with the AsyncAPI parser, then checks events against it:
// each line of standard input is one event as a service's outbox wrote it ({"topic", "type", "payload"}).
// Every event's type must be a message of its topic's channel, and its payload must match that
// message's schema. Used by system-tests/run.sh; exits 1 on any finding.
const fs = require("fs");
const { Parser, fromFile } = require("@asyncapi/parser");
const Ajv = require("ajv");
const addFormats = require("ajv-formats");

async function main() {
  const [docPath] = process.argv.slice(2);
  const { document, diagnostics } = await fromFile(new Parser(), docPath).parse();
  const errors = diagnostics.filter((d) => d.severity === 0);
  if (!document || errors.length > 0) {
    errors.forEach((e) => console.error(`asyncapi: ${e.message} at ${JSON.stringify(e.path)}`));
    console.error(`${docPath} is not a valid AsyncAPI document`);
    process.exit(1);
  }
  const doc = document.json();
  const channelOf = {};
  for (const channel of Object.values(doc.channels)) {
    for (const message of Object.values(channel.messages)) channelOf[message.name] = channel.address;
  }
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validators = {};
  const counts = {};
  let bad = 0;
  const lines = fs.readFileSync(0, "utf8").split("\n").filter((l) => l.trim());
  for (const line of lines) {
    const event = JSON.parse(line);
    const message = doc.components.messages[event.type];
    if (!message || channelOf[event.type] !== event.topic) {
      console.error(`${event.type} on ${event.topic}: not a message of that channel in ${docPath}`);
      bad++;
      continue;
    }
    validators[event.type] ??= ajv.compile(message.payload);
    if (!validators[event.type](event.payload)) {
      console.error(`${event.type}: ${ajv.errorsText(validators[event.type].errors)} in ${JSON.stringify(event.payload)}`);
      bad++;
      continue;
    }
    counts[event.type] = (counts[event.type] ?? 0) + 1;
  }
  const types = Object.keys(counts).length;
  console.log(`asyncapi: ${Object.keys(doc.components.messages).length} messages on ${Object.keys(doc.channels).length} channels, `
    + `${lines.length - bad} of ${lines.length} events of ${types} types match`);
  process.exit(bad === 0 && lines.length > 0 ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(1); });
