#!/usr/bin/env bash
# Cross-service checks: the three packaged services, the standalone broker and PostgreSQL, used
# as a client would. Called by ./dev test after mvn verify (which built the jars); it expects the
# test broker on 127.0.0.1:19092 and the *_sys databases, and stops what it started.
# "Applied once" is counted from what the consumers did (their shanhai_events_applied_total and
# shanhai_events_duplicates_total counters), never from processed_event rows.
set -uo pipefail

ROOT=${SHANHAI_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
DEV="$ROOT/dev"
RUN="$ROOT/.dev/test/run"
KAFKA=127.0.0.1:19092
P=http://127.0.0.1:18081 T=http://127.0.0.1:18082 M=http://127.0.0.1:18083
# training-service reaches PostgreSQL through a proxy of this run's own, which can cut it off
PROXY_PORT=15433 CUT="$RUN/db-cut"
passed=0 failed=0

ok()   { passed=$((passed + 1)); printf '  \033[32mok\033[0m   %s\n' "$*"; }
bad()  { failed=$((failed + 1)); printf '  \033[31mFAIL\033[0m %s\n' "$*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
# section TITLE: starts a section, after the time the one before took (./dev test must stay under 20 minutes)
section_t0=""
section() { [ -n "$section_t0" ] && printf '       (%d s)\n' $((SECONDS - section_t0)); section_t0=$SECONDS; echo "== $*"; }

admin=$("$DEV" token --role NATIONAL_ADMIN --subject system-test)
viewer=$("$DEV" token --role VIEWER --subject system-test)

api() { # api METHOD URL [BODY]: prints the body, then the status on the last line
  local m=$1 u=$2
  if [ $# -ge 3 ]; then
    curl -s -X "$m" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "$3" -w '\n%{http_code}' "$u"
  else
    curl -s -X "$m" -H "Authorization: Bearer $viewer" -w '\n%{http_code}' "$u"
  fi
}
status_of() { tail -n1 <<<"$1"; }
body_of() { sed '$d' <<<"$1"; }

# wait_for SECONDS CMD...: retries CMD until it succeeds
wait_for() { local s=$1; shift; local end=$((SECONDS + s)); until "$@"; do [ $SECONDS -ge $end ] && return 1; sleep 0.5; done; }
known_in() { [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $viewer" "$1/api/v1/institutions/$2")" = 200 ]; }
known_everywhere() { known_in "$T" "$1" && known_in "$M" "$1"; }
register() { # register NAME DIVISION -> prints id; fails unless 201
  local r; r=$(api POST "$P/api/v1/institutions" "{\"name\":\"$1\",\"divisionCode\":\"$2\",\"kind\":\"COUNTY_HOSPITAL\"}")
  [ "$(status_of "$r")" = 201 ] || { echo "register $1: $(status_of "$r") $(body_of "$r")" >&2; return 1; }
  body_of "$r" | jq -r .id
}
register_lead() { # register_lead NAME -> prints the id of a tertiary hospital in Shanghai
  body_of "$(api POST "$P/api/v1/institutions" "{\"name\":\"$1\",\"divisionCode\":\"310110\",\"kind\":\"TERTIARY_HOSPITAL\"}")" | jq -r .id
}
programme_body() { # programme_body CODE NAME LEAD COUNTY: a programme from 2023 with the county its primary recipient
  jq -cn --arg code "$1" --arg name "$2" --arg l "$3" --arg c "$4" '{code: $code, name: $name, scheme: "GROUP_ASSISTANCE",
    leadInstitutionId: $l, recipients: [{institutionId: $c, primary: true}], startDate: "2023-01-01"}'
}
rename() { # rename ID NAME: a change of the institution, so an event with the same key
  [ "$(status_of "$(api PUT "$P/api/v1/institutions/$1" "{\"name\":\"$2\",\"divisionCode\":\"530623\",\"kind\":\"COUNTY_HOSPITAL\"}")")" = 200 ]
}
name_in() { body_of "$(api GET "$1/api/v1/institutions/$2")" | jq -r .name; }
psql_db() { runuser -u postgres -- psql -X -q -tA -d "$1" -c "$2" 2>/dev/null || sudo -n -u postgres psql -X -q -tA -d "$1" -c "$2"; }
ce_id_of() { psql_db programme_sys "SELECT id FROM outbox_event WHERE aggregate_id = '$1' AND event_type = '$2'"; }
# counter URL NAME TYPE: a consumer's counter for one ce_type (0 before the first)
counter() {
  curl -s "$1/q/metrics" | awk -v n="$2" -v t="ce_type=\"$3\"" '$1 ~ "^"n"\\{" && index($1, t) { v = $2 } END { printf "%d", v + 0 }'
}
applied() { counter "$1" shanhai_events_applied_total "$2"; }
# settled URL: waits until the consumer has caught up (its counters stop moving for 3 s); the
# topic already holds the events of the @QuarkusTest run, which a new consumer group reads first
settled() {
  local last=-1 now same=0 end=$((SECONDS + 120))
  while [ $SECONDS -lt $end ]; do
    now=$(curl -s "$1/q/metrics" | awk '$1 ~ /^shanhai_events_(applied|duplicates)_total/ { s += $2 } END { printf "%d", s }')
    if [ "$now" = "$last" ]; then same=$((same + 1)); [ $same -ge 3 ] && return 0; else same=0; fi
    last=$now; sleep 1
  done
  return 1
}
duplicates() { counter "$1" shanhai_events_duplicates_total "$2"; }
dead_letters() { # dead_letters SERVICE CE_ID: the dead letters of that event, one header line each
  kcat -b $KAFKA -C -t "$1-service.dlq" -e -q -f '%h\n' 2>/dev/null | grep "ce_id=$2"
}

# registry_rows DB: training-service's read model of programme.events, every column but the
# wall-clock updated_at, in a fixed order
registry_rows() {
  psql_db "$1" "
    SELECT 'programme', id, code, name, scheme, lead_institution_id, start_date, end_date, status, source_version, last_event_id FROM known_programme ORDER BY id;
    SELECT 'partner', programme_id, position, institution_id FROM known_programme_partner ORDER BY 2, 3;
    SELECT 'recipient', programme_id, position, institution_id, is_primary FROM known_programme_recipient ORDER BY 2, 3;
    SELECT 'status', event_id, programme_id, status, reason, effective_at, version FROM known_programme_status ORDER BY 2;
    SELECT 'batch', id, programme_id, sequence, start_date, end_date, leader_expert_id, source_version, last_event_id FROM known_batch ORDER BY id;
    SELECT 'expert', id, name, home_institution_id, department, title, title_level, degree, source_version, last_event_id FROM known_expert ORDER BY id;
    SELECT 'assignment', id, programme_id, batch_id, expert_id, institution_id, department, start_date, end_date, ended, source_version, last_event_id FROM known_assignment ORDER BY id;
    SELECT 'role', assignment_id, position, role FROM known_assignment_role ORDER BY 2, 3;
    SELECT 'institution', id, name, name_en, credit_code, division_code, kind, grade, source_version, last_event_id FROM institution ORDER BY id;"
}

start_training() { # start_training [ENV=VALUE...]: training-service behind the proxy
  env DB_PORT=$PROXY_PORT "$@" "$DEV" _service_start training 18082 training_sys "$KAFKA" "$RUN"
  "$DEV" _service_wait training 18082 "$RUN"
}

cleanup() {
  "$DEV" _services_stop "$RUN/replica"; "$DEV" _services_stop "$RUN/replay"; "$DEV" _services_stop "$RUN/secure"
  "$DEV" _services_stop "$RUN"; "$DEV" _kafka_stop secure-kafka
  [ -n "${proxy_pid:-}" ] && kill "$proxy_pid" 2>/dev/null
  [ -n "${lb_pid:-}" ] && kill "$lb_pid" 2>/dev/null
  rm -f "$CUT"
}
trap cleanup EXIT

mkdir -p "$RUN"; rm -f "$CUT"
java "$ROOT/system-tests/TcpProxy.java" $PROXY_PORT "$CUT" 5432 >"$RUN/proxy.log" 2>&1 &
proxy_pid=$!

section "starting the packaged services on 18081-18083 (databases *_sys, broker $KAFKA)"
"$DEV" _service_start programme 18081 programme_sys "$KAFKA" "$RUN"
"$DEV" _service_start metrics 18083 metrics_sys "$KAFKA" "$RUN"
start_training || exit 1
"$DEV" _service_wait programme 18081 "$RUN" || exit 1
"$DEV" _service_wait metrics 18083 "$RUN" || exit 1
check "both consumers caught up with programme.events" eval 'settled "$T" && settled "$M"'

section "the OpenAPI documents pass the project's lint (0 errors, 0 warnings), and a lint error fails it"
check "spectral: programme-service, training-service, metrics-service" "$DEV" _lint_openapi "$P" "$T" "$M"
API="$ROOT/docs/api" CLIENT="$ROOT/system-tests/client-ts" TOOLS="$ROOT/.dev/tools/node_modules"
# an operation without its operationId: a generated client would have no method name for it
jq 'del(.paths["/api/v1/institutions"].get.operationId)' "$API/programme-service.openapi.json" > "$RUN/lint-broken.json"
check "  a document with an operation lacking its operationId fails the lint" eval '! "$DEV" _lint_file "$RUN/lint-broken.json" >/dev/null 2>&1'
same_document() { # the document the build wrote to docs/api is the one the service serves
  diff <(jq -S . "$API/$2.openapi.json") <(curl -fsS "$1/q/openapi?format=json" | jq -S .) >/dev/null
}
check "docs/api holds the documents the services serve" eval 'same_document "$P" programme-service && same_document "$T" training-service && same_document "$M" metrics-service'

section "the front-end team's TypeScript client: generated from docs/api, compiled, then run against the services"
TS_TOOLS="$ROOT/.dev/tools/client-ts/node_modules"
for t in typescript@5.9.3 openapi-typescript@7.13.0 openapi-fetch@0.17.0; do "$DEV" _ensure_npm_tool "${t%@*}" "${t##*@}" client-ts; done
ts_types() { # ts_types DOCS_DIR OUT_DIR: the types of the three documents, as openapi-typescript writes them
  local s; mkdir -p "$2"
  for s in programme-service training-service metrics-service; do
    "$TS_TOOLS/.bin/openapi-typescript" "$1/$s.openapi.yaml" -o "$2/$s.ts" >/dev/null 2>&1 || return 1
  done
}
check "openapi-typescript generates the types of the three documents" ts_types "$API" "$CLIENT/generated"
check "client-check.ts compiles with tsc (strict)" "$TS_TOOLS/.bin/tsc" -p "$CLIENT"
client_run() {
  SHANHAI_TOKEN="$admin" PROGRAMME_URL=$P TRAINING_URL=$T METRICS_URL=$M NODE_PATH="$TS_TOOLS" ANSWERS_FILE="$RUN/answers.jsonl" \
    node "$ROOT/.dev/test/client-ts/client-check.js" > "$RUN/client-check.log" 2>&1
}
check "and run, every list, read and create of the three services answers as documented ($(client_run; tail -1 "$RUN/client-check.log"))" \
  grep -q "typed calls answered as documented" "$RUN/client-check.log"
# JSON Schema validation of what came back, against the documents the types were generated from
"$DEV" _ensure_npm_tool ajv 8.17.1 ajv && "$DEV" _ensure_npm_tool ajv-formats 3.0.1 ajv
responses_match() {
  NODE_PATH="$ROOT/.dev/tools/ajv/node_modules" node "$ROOT/system-tests/responses-check.js" "$API" "$1" > "$RUN/responses-check.log" 2>&1
}
responses_match "$RUN/answers.jsonl"; responses_rc=$?
check "  $(tail -1 "$RUN/responses-check.log")" test "$responses_rc" = 0
# and the check can fail: an amount that arrives as a number where the document says a decimal string
jq -c 'select(.path == "/api/v1/programmes/{programmeId}/resource-inputs/{id}" and .method == "get") | .body.amount = 100000' \
  "$RUN/answers.jsonl" > "$RUN/answers-broken.jsonl"
check "  an answer off its schema is found" eval '! responses_match "$RUN/answers-broken.jsonl" && grep -q "amount" "$RUN/responses-check.log"'
# a breaking change, as the compatibility gate would refuse it: an enum value the client uses is gone
broken="$RUN/client-broken" && rm -rf "$broken" && mkdir -p "$broken/docs" && cp "$API"/*.openapi.yaml "$broken/docs/"
jq '.components.schemas.InstitutionKind.enum |= map(select(. != "TERTIARY_HOSPITAL"))' "$API/programme-service.openapi.json" \
  > "$broken/docs/programme-service.openapi.yaml"
cp "$CLIENT/client-check.ts" "$broken/"
printf '{"extends": "%s/tsconfig.json", "files": ["client-check.ts"], "compilerOptions": {"noEmit": true}}' "$CLIENT" > "$broken/tsconfig.json"
ts_types "$broken/docs" "$broken/generated"
"$TS_TOOLS/.bin/tsc" -p "$broken" > "$RUN/client-broken.log" 2>&1
check "  with TERTIARY_HOSPITAL removed from InstitutionKind, the client no longer compiles" \
  grep -q "TERTIARY_HOSPITAL" "$RUN/client-broken.log"

section "an institution registered in programme-service reaches both consumers, once"
t0=$(applied "$T" institution.registered) m0=$(applied "$M" institution.registered)
id=$(register "系统测试医院-$RANDOM" 530623) || id=""
check "registered (201)" test -n "$id"
check "training-service and metrics-service know it" wait_for 30 known_everywhere "$id"
check "each consumer applied one registration" test "$(applied "$T" institution.registered)$(applied "$M" institution.registered)" = "$((t0 + 1))$((m0 + 1))"

section "with the broker down, writes succeed; when it returns, the events flow, once each"
t0=$(applied "$T" institution.registered) m0=$(applied "$M" institution.registered)
"$DEV" _kafka_stop test-kafka
a=$(register "断网期间登记A-$RANDOM" 522728) || a=""
b=$(register "断网期间登记B-$RANDOM" 522728) || b=""
check "two registrations accepted while the broker is down" test -n "$a" -a -n "$b"
pending=$(psql_db programme_sys "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND aggregate_id IN ('$a', '$b')")
check "their events wait in the outbox ($pending pending)" test "$pending" = 2
check "neither has reached a consumer yet" eval '! known_in "$T" "$a" && ! known_in "$M" "$b"'
outbox_waiting() { [ "$(curl -s "$P/q/metrics" | awk '$1 ~ /^shanhai_outbox_pending($|\{)/ { printf "%d", $2 }')" -ge 2 ]; }
check "programme-service's metrics show them waiting (shanhai_outbox_pending, read every 15 s)" wait_for 40 outbox_waiting
# liveness never depends on Kafka: a broker outage must not make Kubernetes restart the pods
live_all() { for u in "$P" "$T" "$M"; do curl -fs --max-time 5 -o /dev/null "$u/q/health/live" || return 1; done; }
live_down=0; for _ in $(seq 1 6); do live_all || live_down=$((live_down + 1)); sleep 2; done
check "liveness stayed UP in all three services with the broker away (6 probes over 12 s)" test "$live_down" = 0
"$DEV" _kafka_start test-kafka 19092 19093
both_known() { known_everywhere "$a" && known_everywhere "$b"; }
check "after the broker returns, both reach training-service and metrics-service" wait_for 60 both_known
check "each consumer applied exactly two registrations" \
  test "$(applied "$T" institution.registered)$(applied "$M" institution.registered)" = "$((t0 + 2))$((m0 + 2))"

section "a redelivered event changes nothing"
ce=$(ce_id_of "$id" institution.registered)
t0=$(applied "$T" institution.registered) m0=$(applied "$M" institution.registered)
td=$(duplicates "$T" institution.registered) md=$(duplicates "$M" institution.registered)
# what a relay crash between the broker's ack and "mark sent" does: the same row is published again
psql_db programme_sys "UPDATE outbox_event SET sent_at = NULL WHERE id = '$ce'" >/dev/null
sent_again() { [ "$(psql_db programme_sys "SELECT count(*) FROM outbox_event WHERE id = '$ce' AND sent_at IS NOT NULL")" = 1 ]; }
check "the relay publishes it again" wait_for 20 sent_again
copies() { kcat -b $KAFKA -C -t programme.events -e -q -f '%h\n' 2>/dev/null | grep -c "ce_id=$ce"; }
twice_on_topic() { [ "$(copies)" -ge 2 ]; }
check "both copies are on programme.events" wait_for 20 twice_on_topic
# the marker is a change of the same institution: same key, same partition, read after the duplicate
marker="重复投递后的改名-$RANDOM"
check "the institution is renamed (the marker)" rename "$id" "$marker"
renamed_everywhere() { [ "$(name_in "$T" "$id")" = "$marker" ] && [ "$(name_in "$M" "$id")" = "$marker" ]; }
check "the marker reaches both consumers" wait_for 30 renamed_everywhere
check "the duplicate was applied by neither" \
  test "$(applied "$T" institution.registered)$(applied "$M" institution.registered)" = "$t0$m0"
check "and each consumer counted it as a duplicate" \
  test "$(duplicates "$T" institution.registered)$(duplicates "$M" institution.registered)" = "$((td + 1))$((md + 1))"

section "a malformed event goes to each consumer's own dead-letter topic, and the next good one is applied"
bad_id=$(cat /proc/sys/kernel/random/uuid)
printf '%s' '{"id": "not-a-uuid", "name": ' | kcat -b $KAFKA -P -t programme.events -k "$id" \
  -H "ce_id=$bad_id" -H ce_specversion=1.0 -H ce_type=institution.registered -H ce_source=/shanhai/programme-service 2>/dev/null
renamed="改名之后-$RANDOM"
check "the institution is renamed again (200)" rename "$id" "$renamed"
renamed_again() { [ "$(name_in "$T" "$id")" = "$renamed" ] && [ "$(name_in "$M" "$id")" = "$renamed" ]; }
check "the next event on the same partition reaches both consumers" wait_for 30 renamed_again
for s in training metrics; do
  has_letter() { [ "$(dead_letters "$1" "$bad_id" | wc -l)" = 1 ]; }
  check "the malformed event is in $s-service.dlq once" wait_for 30 has_letter $s
  h=$(dead_letters $s "$bad_id")
  check "  with its original topic, partition, offset, ce_id, ce_type and reason" \
    eval 'grep -q "dead-letter-topic=programme.events" <<<"$h" && grep -q "dead-letter-partition=[0-9]" <<<"$h" \
      && grep -q "dead-letter-offset=[0-9]" <<<"$h" && grep -q "ce_type=institution.registered" <<<"$h" \
      && grep -q "dead-letter-reason=payload" <<<"$h"'
done

section "a dead letter whose cause is fixed is applied once by ./dev dlq --replay"
x=$(cat /proc/sys/kernel/random/uuid) xce=$(cat /proc/sys/kernel/random/uuid)
printf '{"id":"%s","name":"旧系统迁入的医院","divisionCode":"530623","kind":"COUNTY_HOSPITAL","version":0}' "$x" \
  | kcat -b $KAFKA -P -t programme.events -k "$x" -H "ce_id=$xce" -H ce_specversion=1.0 \
      -H ce_type=institution.registered -H ce_source=/shanhai/legacy-import 2>/dev/null
untrusted() { [ "$(dead_letters training "$xce" | grep -c 'dead-letter-reason=ce_source')" = 1 ]; }
check "an event from an untrusted source is dead-lettered" wait_for 30 untrusted
# the listing reads the dead-letter topic with a fresh consumer, which can come back before it has fetched
dlq_lists() { "$DEV" dlq training --url "$T" | grep -q "$xce"; }
check "./dev dlq training lists it" wait_for 30 dlq_lists
# the fix: the migration tool becomes a trusted producer (configuration), and the service restarts
before_restart=$(registry_rows training_sys)
"$DEV" _service_stop training "$RUN"
start_training SHANHAI_CONSUMER_TRUSTED_SOURCES="programme.events=/shanhai/programme-service|/shanhai/legacy-import" \
  || bad "training-service did not restart"
sleep 3
check "a restart leaves the read model exactly as it was" test "$(registry_rows training_sys)" = "$before_restart"
t0=$(applied "$T" institution.registered)
r1=$("$DEV" dlq training --replay --url "$T")
check "the replay applies it" eval 'known_in "$T" "$x" && [ "$(jq .applied <<<"$r1")" -ge 1 ]'
r2=$("$DEV" dlq training --replay --url "$T")
check "a second replay applies nothing again" eval '[ "$(jq .applied <<<"$r2")" = 0 ] && [ "$(applied "$T" institution.registered)" = "$((t0 + 1))" ]'
check "metrics-service, not fixed, still holds its own dead letter" eval '! known_in "$M" "$x"'

section "an assignment shortened, then removed, in programme-service refuses activities once its event arrives"
county=$(register "派驻测试县医院-$RANDOM" 530623) || county=""
lead=$(register_lead "派驻测试三甲医院-$RANDOM")
r=$(api POST "$P/api/v1/programmes" "$(programme_body "SYS-ASSIGN-$RANDOM" "派驻测试项目" "$lead" "$county")")
prog=$(body_of "$r" | jq -r .id)
api POST "$P/api/v1/programmes/$prog/status" '{"status":"ACTIVE","reason":"系统测试"}' >/dev/null
r=$(api POST "$P/api/v1/experts" "$(jq -cn --arg l "$lead" '{name: "派驻测试专家", homeInstitutionId: $l}')")
expert=$(body_of "$r" | jq -r .id)
r=$(api POST "$P/api/v1/programmes/$prog/batches" '{"sequence":1,"startDate":"2023-01-01","endDate":"2023-12-31"}')
batch=$(body_of "$r" | jq -r .id)
assignment_body() { jq -cn --arg b "$batch" --arg e "$expert" --arg c "$county" --arg finish "$1" \
  '{batchId: $b, expertId: $e, institutionId: $c, roles: ["MEMBER"], startDate: "2023-03-01", endDate: $finish}'; }
r=$(api POST "$P/api/v1/programmes/$prog/assignments" "$(assignment_body 2023-06-30)")
asg=$(body_of "$r" | jq -r .id)
check "programme, expert, batch and assignment created in programme-service" test "$(status_of "$r")" = 201
activity_on() { # activity_on DATE: the status training-service answers for a teaching round that day
  status_of "$(api POST "$T/api/v1/training-activities" "$(jq -cn --arg p "$prog" --arg c "$county" --arg e "$expert" --arg d "$1" \
    '{programmeId: $p, institutionId: $c, type: "TEACHING_ROUND", date: $d, department: "03.01", leadExpertId: $e,
      topic: "系统测试查房", attendeeCount: 12, hours: 1}')")"
}
assignment_known() { psql_db training_sys \
  "SELECT 1 FROM known_assignment WHERE id = '$asg' AND end_date = '$1'" | grep -q 1; }
check "training-service learns of the assignment" wait_for 60 assignment_known 2023-06-30
check "its last day is accepted (201)" test "$(activity_on 2023-06-30)" = 201
check "the next day is refused (422)" test "$(activity_on 2023-07-01)" = 422
api PUT "$P/api/v1/programmes/$prog/assignments/$asg" "$(assignment_body 2023-05-31)" >/dev/null
check "programme-service moves its end to 2023-05-31; the event arrives" wait_for 60 assignment_known 2023-05-31
check "an activity on 2023-06-15 is now refused (422)" test "$(activity_on 2023-06-15)" = 422
check "2023-05-31 is still accepted (201)" test "$(activity_on 2023-05-31)" = 201
curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $admin" "$P/api/v1/programmes/$prog/assignments/$asg"
ended() { psql_db training_sys "SELECT 1 FROM known_assignment WHERE id = '$asg' AND ended" | grep -q 1; }
check "programme-service removes it; the event arrives" wait_for 60 ended
check "no day of it counts any more (422 on 2023-04-01)" test "$(activity_on 2023-04-01)" = 422

section "a hospital's year in a spreadsheet: the template filled in LibreOffice (standing in for Excel and WPS), imported, submitted, approved"
office() { # office ARGS...: LibreOffice headless with a profile of this run's own
  soffice -env:UserInstallation="file://$RUN/office-profile" --headless "$@" >/dev/null 2>&1
}
sheet_county=$(register "报表测试县医院-$RANDOM" 530623) || sheet_county=""
sheet_lead=$(register_lead "报表测试三甲医院-$RANDOM")
r=$(api POST "$P/api/v1/programmes" "$(programme_body "SYS-SHEET-$RANDOM" "报表测试项目" "$sheet_lead" "$sheet_county")")
check "a programme with a recipient county registered in programme-service" test "$(status_of "$r")" = 201
check "metrics-service knows both hospitals" wait_for 30 eval 'known_in "$M" "$sheet_county" && known_in "$M" "$sheet_lead"'
reporter=$("$DEV" token --role HOSPITAL_REPORTER --institution "$sheet_county" --subject sheet-reporter)
manager=$("$DEV" token --role PROGRAMME_MANAGER --institution "$sheet_lead" --subject sheet-manager)
sheets="$RUN/sheets"; rm -rf "$sheets"; mkdir -p "$sheets"
curl -s -H "Authorization: Bearer $reporter" -o "$sheets/template.xlsx" "$M/api/v1/observations/template?year=2024"
office --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$sheets" "$sheets/template.xlsx"
check "LibreOffice opens the template: the reporter's own institution on every row" \
  eval 'grep -q "\"$sheet_county\",\"SURGERIES\"" "$sheets/template.csv"'
# twelve months of operations and of level 3-4 operations typed into the sheet, saved as a workbook
awk -F, -v OFS=, 'NR > 1 && $2 == "\"SURGERIES\"" { for (m = 4; m <= 15; m++) $m = 300 + m }
  NR > 1 && $2 == "\"SURGERIES_L34\"" { for (m = 4; m <= 15; m++) $m = 90 + m } { print }' \
  "$sheets/template.csv" > "$sheets/filled.csv"
mkdir -p "$sheets/out"
office --infilter='CSV:44,34,76,1' --convert-to xlsx --outdir "$sheets/out" "$sheets/filled.csv"
r=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $reporter" \
  -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
  --data-binary @"$sheets/out/filled.xlsx" "$M/api/v1/observations/import")
check "the workbook LibreOffice saved imports: 24 values ($(body_of "$r" | jq -c .))" \
  eval '[ "$(status_of "$r")" = 200 ] && [ "$(body_of "$r" | jq .created)" = 24 ]'
series=$(curl -s -H "Authorization: Bearer $reporter" "$M/api/v1/institutions/$sheet_county/indicators/SURGERY_L34_SHARE/series?from=2024&to=2024")
# hand computation: (12 × 90 + 4 + … + 15) / (12 × 300 + 4 + … + 15) × 100 = 1194 / 3714 × 100
check "the yearly share is the ratio of the summed months: 32.1486 ($(jq -c '.points[0] | {value, basis}' <<<"$series"))" \
  test "$(jq -r '.points[0].value' <<<"$series")" = 32.1486
r=$(curl -s -w '\n%{http_code}' -X POST -H "Authorization: Bearer $reporter" "$M/api/v1/institutions/$sheet_county/approvals/2024/submit")
check "the reporter submits 2024" eval '[ "$(status_of "$r")" = 200 ] && [ "$(body_of "$r" | jq -r .state)" = SUBMITTED ]'
approve() { [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $manager" \
  "$M/api/v1/institutions/$sheet_county/approvals/2024/approve")" = 200 ]; }
check "the lead hospital's programme manager approves it" wait_for 30 approve
check "approved values are locked (409)" test "$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $reporter" \
  -H 'Content-Type: application/json' -d '{"value": 1}' "$M/api/v1/institutions/$sheet_county/observations/SURGERIES/2024-03")" = 409
for export in "observations.xlsx|$M/api/v1/institutions/$sheet_county/observations?approvedOnly=true|指标|24" \
              "completeness.xlsx|$M/api/v1/reports/completeness?period=2024&divisionCode=530623|未报指标|" ; do
  IFS='|' read -r file url header rows <<<"$export"
  curl -s -H "Authorization: Bearer $viewer" -H 'Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
    -o "$sheets/$file" "$url"
  office --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$sheets" "$sheets/$file"
  csv="$sheets/${file%.xlsx}.csv"
  check "LibreOffice opens the $file export, Chinese headers intact" eval 'grep -q "$header" "$csv" 2>/dev/null'
  [ -n "$rows" ] && check "  with its $rows rows" test "$(($(wc -l < "$csv") - 1))" = "$rows"
done

section "the demo loader, run twice against the packaged services, creates nothing the second time"
first=$("$ROOT/demo/load.sh" "$P" "$admin" "$T" "$M" 2>&1 >/dev/null | tail -1)
second=$("$ROOT/demo/load.sh" "$P" "$admin" "$T" "$M" 2>&1 >/dev/null | tail -1)
check "first run: $first" eval 'grep -Eq "demo data: [1-9][0-9]* records created" <<<"$first"'
check "second run: $second" eval 'grep -q "demo data: 0 records created" <<<"$second"'
yanjin=$(body_of "$(api GET "$P/api/v1/programmes?q=YN-YANJIN-2022-XINHUA")" | jq -r '.items[0].id')
summary=$(body_of "$(api GET "$T/api/v1/programmes/$yanjin/training-summary")")
check "the Yanjin training summary shows the report's 1500 teaching rounds with their source" eval \
  'jq -e ".figures[] | select(.measure == \"TEACHING_ROUND\" and .figure == 1500 and .basis == \"REPORTED\")" <<<"$summary" >/dev/null \
   && jq -e ".reportedTotals[] | select(.type == \"TEACHING_ROUND\") | .source.report | contains(\"云南网\")" <<<"$summary" >/dev/null'

section "the demo programmes' scorecards, and a teaching round recorded in training-service on one"
luodian=$(body_of "$(api GET "$P/api/v1/programmes?q=GZ-LUODIAN-2022-GMU")" | jq -r '.items[0].id')
card=$(body_of "$(api GET "$M/api/v1/programmes/$luodian/scorecard?period=2022")")
outcome() { jq -r --arg c "$2" '[.outcomes[], .inputs[] | select(.indicator == $c)][0] | "\(.value) \(.basis)"' <<<"$1"; }
check "Luodian 2022: county retention rate as the report gives it ($(outcome "$card" COUNTY_RETENTION_RATE))" \
  test "$(outcome "$card" COUNTY_RETENTION_RATE)" = "92.53 REPORTED_RATE"
check "Luodian 2022: outbound referral rate ($(outcome "$card" OUTBOUND_REFERRAL_RATE))" \
  test "$(outcome "$card" OUTBOUND_REFERRAL_RATE)" = "7.8 REPORTED_RATE"
check "Luodian 2022: the licensing exam pass rate the report gives, without its parts ($(outcome "$card" LICENCE_EXAM_PASS_RATE))" \
  test "$(outcome "$card" LICENCE_EXAM_PASS_RATE)" = "62 REPORTED_RATE"
check "Luodian 2022: two key specialties from its milestones; 14 milestones listed ($(outcome "$card" KEY_SPECIALTIES))" \
  eval '[ "$(outcome "$card" KEY_SPECIALTIES)" = "2 RECORDED" ] && [ "$(jq ".milestones | length" <<<"$card")" = 14 ]'
curl -s -H "Authorization: Bearer $viewer" -H 'Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
  -o "$sheets/scorecard.xlsx" "$M/api/v1/programmes/$luodian/scorecard?period=2022"
office --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$sheets" "$sheets/scorecard.xlsx"
check "LibreOffice opens the Luodian 2022 scorecard workbook: its title, Chinese headers and the 92.53 % as a number" eval \
  'grep -q "帮扶项目成效评价表" "$sheets/scorecard.csv" && grep -q "本期值" "$sheets/scorecard.csv" \
   && grep -q "\"COUNTY_RETENTION_RATE\",\"县域内就诊率\",\"PERCENT\",\"越高越好\",92.53,\"REPORTED_RATE\"" "$sheets/scorecard.csv"'
yanjin_card=$(body_of "$(api GET "$M/api/v1/programmes/$yanjin/scorecard?period=2024")")
check "Yanjin 2024: the report's 1500 teaching rounds since 2022 shown for their span, not split into 2024" eval \
  'jq -e ".reportedForSpans[] | select(.indicator == \"TEACHING_ROUNDS\" and .period == \"2022-01..2025-05\" and .value == \"1500\")" <<<"$yanjin_card" >/dev/null \
   && [ "$(outcome "$yanjin_card" TEACHING_ROUNDS)" = "0 AGGREGATED" ]'
month=$(TZ=Asia/Shanghai date +%Y-%m) today=$(TZ=Asia/Shanghai date +%F)
county=$(body_of "$(api GET "$P/api/v1/programmes/$luodian")" | jq -r '[.recipients[] | select(.primary)][0].institutionId')
expert=$(body_of "$(api GET "$P/api/v1/programmes/$luodian/assignments?size=1")" | jq -r '.items[0].expertId')
rounds() { body_of "$(api GET "$M/api/v1/programmes/$luodian/scorecard?period=$month")" \
  | jq -r '[.inputs[] | select(.indicator == "TEACHING_ROUNDS")][0].value'; }
before=$(rounds)
[[ $before =~ ^[0-9]+$ ]] || { bad "the Luodian $month scorecard has no TEACHING_ROUNDS row ($before)"; before=0; }
check "Luodian $month: the four open-ended experts on site" test \
  "$(outcome "$(body_of "$(api GET "$M/api/v1/programmes/$luodian/scorecard?period=$month")")" EXPERTS_ON_SITE)" = "4 RECORDED"
r=$(api POST "$T/api/v1/training-activities" "$(jq -cn --arg p "$luodian" --arg i "$county" --arg e "$expert" --arg d "$today" \
  '{programmeId: $p, institutionId: $i, type: "TEACHING_ROUND", date: $d, department: "04.02", leadExpertId: $e,
    topic: "急性缺血性脑卒中的规范化诊治", attendeeCount: 18, hours: 1.5}')")
check "a teaching round recorded in training-service ($(status_of "$r"))" test "$(status_of "$r")" = 201
moved() { [ "$(rounds)" = "$((before + 1))" ]; }
check "metrics-service counts it on the scorecard: $before -> $((before + 1)) teaching rounds in $month" wait_for 30 moved

section "two replicas of programme-service share one outbox: every event is published once, in order"
"$DEV" _service_start programme 18091 programme_sys "$KAFKA" "$RUN/replica"
"$DEV" _service_wait programme 18091 "$RUN/replica" || bad "second replica did not start"
ids=()
for n in 1 2 3 4 5 6; do
  target=$P; [ $((n % 2)) = 0 ] && target=http://127.0.0.1:18091
  r=$(curl -s -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"name\":\"双副本-$n-$RANDOM\",\"divisionCode\":\"530623\",\"kind\":\"VILLAGE_CLINIC\"}" "$target/api/v1/institutions")
  ids+=("$(jq -r .id <<<"$r")")
done
# the same institution changed through both replicas, one after the other: its events keep that order
x=${ids[0]}
for n in 1 2 3 4; do
  target=$P; [ $((n % 2)) = 0 ] && target=http://127.0.0.1:18091
  curl -s -o /dev/null -X PUT -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"name\":\"双副本-改名$n\",\"divisionCode\":\"530623\",\"kind\":\"VILLAGE_CLINIC\"}" "$target/api/v1/institutions/$x"
done
all_sent() { [ "$(psql_db programme_sys "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")" = 0 ]; }
check "both replicas drained the outbox" wait_for 30 all_sent
on_topic() { kcat -b $KAFKA -C -t programme.events -e -q -f '%h\n' 2>/dev/null | grep -c "ce_subject=institution/$1"; }
once=0; for i in "${ids[@]:1}"; do [ "$(on_topic "$i")" = 1 ] && once=$((once + 1)); done
check "each registration is on programme.events exactly once ($once of 5)" test "$once" = 5
names=$(kcat -b $KAFKA -C -t programme.events -e -q -f '%s\n' 2>/dev/null \
  | jq -rR --arg x "$x" 'fromjson? | select(.id == $x) | .name' | tail -4 | tr '\n' ' ')
check "the four renames arrive in the order they were made" test "$names" = "双副本-改名1 双副本-改名2 双副本-改名3 双副本-改名4 "

section "a rolling restart of both replicas under write load: no request fails, every event is published and applied once"
# TcpProxy balances new connections between the two replicas as a Kubernetes Service does; a replica is
# taken out of rotation (its endpoint removed), keeps serving for a pre-stop delay, gets SIGTERM (Quarkus
# finishes what is in flight), starts again, and comes back once ready. One replica at a time.
LB=18100
java "$ROOT/system-tests/TcpProxy.java" $LB "$RUN/lb" 18081 18091 >"$RUN/lb.log" 2>&1 &
lb_pid=$!
wait_for 30 curl -fs -o /dev/null "http://127.0.0.1:$LB/q/health/ready" || bad "the balancer did not start"
"$DEV" _ensure_npm_tool loadtest 8.2.1
rolling="滚动重启-$RANDOM"
settled "$T" || bad "training-service did not settle before the rolling restart"
r0=$(applied "$T" institution.registered)
# 20 registrations a second, each on a new connection (no keep-alive: the balancer places connections),
# paced whatever the answers' times. The load runs in 5 s rounds until the round under way when both
# restarts are over ends: a fixed 80 s was too short once on a slower machine (two restarts took 81 s).
rm -f "$RUN"/rolling.*.out "$RUN/rolling.done"
(
  for round in $(seq 1 80); do
    "$ROOT/.dev/tools/node_modules/.bin/loadtest" -m POST -H "Authorization:Bearer $admin" -T application/json \
      -P "{\"name\":\"$rolling\",\"divisionCode\":\"530623\",\"kind\":\"VILLAGE_CLINIC\"}" --rps 20 -t 5 \
      "http://127.0.0.1:$LB/api/v1/institutions" > "$RUN/rolling.$round.out" 2>&1 || exit 1
    [ -e "$RUN/rolling.done" ] && exit 0
  done
  exit 1
) &
load=$!
roll() { # roll PORT RUNDIR
  local t0=$SECONDS
  touch "$RUN/lb.$1.out"; sleep 2
  "$DEV" _service_stop programme "$2" >/dev/null
  "$DEV" _service_start programme "$1" programme_sys "$KAFKA" "$2" >/dev/null
  "$DEV" _service_wait programme "$1" "$2" >/dev/null || return 1
  rm -f "$RUN/lb.$1.out"
  echo "       (out of rotation, stopped, started and back in $((SECONDS - t0)) s)"
}
sleep 3
check "the replica on 18081 was restarted while the other served" roll 18081 "$RUN"
sleep 2
check "then the replica on 18091" roll 18091 "$RUN/replica"
touch "$RUN/rolling.done"
# the rounds stop only after the restarts, and only if none of them failed to run
check "both restarts happened under the load ($(ls "$RUN"/rolling.*.out | wc -l) rounds of 5 s)" wait "$load"
sum_of() { awk -v k="$1" '$0 ~ k {s += $3} END {print s + 0}' "$RUN"/rolling.*.out; }
completed=$(sum_of 'Completed requests:') errors=$(sum_of 'Total errors:')
check "no request failed ($completed answered, $errors errors)" \
  eval '[ "$errors" = 0 ] && [ "$completed" -gt 500 ]'
created=$(psql_db programme_sys "SELECT count(*) FROM institution WHERE name = '$rolling'")
# each round stops after 5 s with some requests still in flight: they are stored, unanswered to it
inflight=$(sum_of 'Concurrent clients:')
check "every answered registration is stored ($created stored, $completed answered, at most $inflight in flight at the end)" \
  eval '[ "$created" -ge "$completed" ] && [ "$created" -le "$((completed + inflight))" ]'

check "the outbox is drained" wait_for 60 all_sent
psql_db programme_sys "SELECT id FROM institution WHERE name = '$rolling' ORDER BY id" > "$RUN/rolling.ids"
kcat -b $KAFKA -C -t programme.events -e -q -f '%h\n' 2>/dev/null | grep 'ce_type=institution.registered' \
  | grep -o 'ce_subject=institution/[0-9a-f-]*' | sed 's|.*/||' | sort > "$RUN/rolling.published"
published_once=$(grep -cxFf "$RUN/rolling.ids" <(uniq -u "$RUN/rolling.published"))
published_twice=$(grep -cxFf "$RUN/rolling.ids" <(uniq -d "$RUN/rolling.published"))
check "each is on programme.events exactly once ($published_once of $created, $published_twice twice)" \
  eval '[ "$published_once" = "$created" ] && [ "$published_twice" = 0 ]'
all_applied() { [ "$(applied "$T" institution.registered)" -ge "$((r0 + created))" ]; }
check "training-service applied each once ($((r0 + created)) in all)" \
  eval 'wait_for 90 all_applied && settled "$T" && [ "$(applied "$T" institution.registered)" = "$((r0 + created))" ]'
kill "$lb_pid" 2>/dev/null; lb_pid=""
"$DEV" _services_stop "$RUN/replica"

section "training-service cut off its database for 70 s: it waits, stays live, and applies every event once"
t0=$(applied "$T" institution.registered)
pid=$(cat "$RUN/training.pid")
touch "$CUT"
# the registrations start once the cut has taken hold (readiness DOWN): an event read in the moment
# before the proxy closed the connections would be applied, rightly, and prove nothing
not_ready() { ! curl -fs --max-time 5 -o /dev/null "$T/q/health/ready"; }
wait_for 30 not_ready || bad "training-service did not notice its database was cut off"
t0=$(applied "$T" institution.registered)
cut_ids=()
for n in 1 2 3; do cut_ids+=("$(register "断库期间登记-$n-$RANDOM" 530623)"); done
check "three registrations accepted by programme-service" test "${#cut_ids[@]}" = 3
# 70 s: longer than the 60 s after which the connector's throttled commits would, by default, declare the
# consumer dead (and liveness DOWN: Kubernetes would restart a pod for a database outage)
live_down=0 ready_down=0 probes=0 end=$((SECONDS + 70))
while [ $SECONDS -lt $end ]; do
  probes=$((probes + 1))
  curl -fs --max-time 5 -o /dev/null "$T/q/health/live" || live_down=$((live_down + 1))
  curl -fs --max-time 5 -o /dev/null "$T/q/health/ready" || ready_down=$((ready_down + 1))
  sleep 2
done
check "liveness stayed UP through the outage ($probes probes over 70 s)" test "$live_down" = 0
check "readiness said it was not ready ($ready_down of $probes probes)" test "$ready_down" -gt 0
check "none was applied while the database was away" test "$(applied "$T" institution.registered)" = "$t0"
rm -f "$CUT"
all_cut_known() { for i in "${cut_ids[@]}"; do known_in "$T" "$i" || return 1; done; }
check "after the database returns, all three are applied" wait_for 90 all_cut_known
check "each exactly once" test "$(applied "$T" institution.registered)" = "$((t0 + 3))"
check "by the same process: no restart" test "$(cat "$RUN/training.pid")" = "$pid" -a -n "$(ps -o pid= -p "$pid")"

section "replaying programme.events from the beginning into an empty database rebuilds the same read model"
# another group on another database: it reads the topic from offset 0, as a rebuilt replica would
# (with the same trusted sources as the live one, which was fixed above)
env MP_MESSAGING_INCOMING_PROGRAMME_EVENTS_GROUP_ID=training-replay \
  SHANHAI_CONSUMER_TRUSTED_SOURCES="programme.events=/shanhai/programme-service|/shanhai/legacy-import" \
  "$DEV" _service_start training 18092 training_replay "$KAFKA" "$RUN/replay"
"$DEV" _service_wait training 18092 "$RUN/replay" || bad "the replaying instance did not start"
live=$(registry_rows training_sys)
same_rows() { [ "$(registry_rows training_replay)" = "$live" ]; }
check "the rebuilt rows equal the live ones ($(grep -c . <<<"$live") rows: programmes, batches, experts, assignments, institutions)" \
  wait_for 90 same_rows
"$DEV" _services_stop "$RUN/replay"

section "a read model's database recreated empty, its consumer group unchanged, is rebuilt from the beginning"
# as after a restore from nothing: the group "training-replay" has committed offsets at the end
psql_db postgres "DROP DATABASE training_replay WITH (FORCE)" >/dev/null
psql_db postgres "CREATE DATABASE training_replay OWNER training" >/dev/null
env MP_MESSAGING_INCOMING_PROGRAMME_EVENTS_GROUP_ID=training-replay \
  SHANHAI_CONSUMER_TRUSTED_SOURCES="programme.events=/shanhai/programme-service|/shanhai/legacy-import" \
  "$DEV" _service_start training 18092 training_replay "$KAFKA" "$RUN/replay"
"$DEV" _service_wait training 18092 "$RUN/replay" || bad "the instance on the recreated database did not start"
live=$(registry_rows training_sys)
check "the same group on an empty database rebuilds the same rows" wait_for 90 same_rows
"$DEV" _services_stop "$RUN/replay"

section "the services against a broker secured as deploy/ sets it up: TLS, SCRAM-SHA-512, the KafkaUsers' ACLs"
# A broker with a SASL_SSL listener, an authorizer and no access without an ACL; KafkaAsStrimzi gives
# it the topics, the users and exactly the ACLs of the dev overlay's KafkaTopics and KafkaUsers (what
# Strimzi's operators do in Kubernetes); the services get the overlay's Kafka settings.
SEC="$RUN/secure" SECRET="sec-$RANDOM-$RANDOM"
mkdir -p "$SEC"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$SEC/ca.key" -out "$SEC/ca.crt" -days 2 -subj "/CN=shanhai-test-ca" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$SEC/broker.key" -out "$SEC/broker.csr" -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$SEC/san.ext"
openssl x509 -req -in "$SEC/broker.csr" -CA "$SEC/ca.crt" -CAkey "$SEC/ca.key" -CAcreateserial -days 2 \
  -extfile "$SEC/san.ext" -out "$SEC/broker.crt" 2>/dev/null
openssl pkcs12 -export -in "$SEC/broker.crt" -inkey "$SEC/broker.key" -certfile "$SEC/ca.crt" -out "$SEC/broker.p12" \
  -passout pass:shanhai-test
cat > "$SEC/broker.properties" <<EOF
listeners=PLAINTEXT://127.0.0.1:19292,CONTROLLER://127.0.0.1:19293,SECURED://127.0.0.1:19294
advertised.listeners=PLAINTEXT://127.0.0.1:19292,SECURED://127.0.0.1:19294
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SECURED:SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.secured.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.secured.ssl.keystore.type=PKCS12
listener.name.secured.ssl.keystore.location=$SEC/broker.p12
listener.name.secured.ssl.keystore.password=shanhai-test
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:ANONYMOUS
allow.everyone.if.no.acl.found=false
auto.create.topics.enable=false
EOF
"$DEV" _kafka_stop secure-kafka; rm -rf "$ROOT/.dev/secure-kafka/data"
"$DEV" _kafka_start secure-kafka 19292 19293 "$SEC/broker.properties" || bad "the secured broker did not start"
kubectl kustomize "$ROOT/deploy/overlays/dev" > "$SEC/dev.yaml"
if java -cp "$ROOT/.dev/kafka/libs/*" "$ROOT/system-tests/KafkaAsStrimzi.java" 127.0.0.1:19292 "$SECRET" \
    < "$SEC/dev.yaml" > "$SEC/acl.out" 2> "$SEC/acl.log"; then
  ok "the dev overlay's topics, users and ACLs set up on it ($(tail -1 "$SEC/acl.out"))"
else
  bad "the dev overlay's topics, users and ACLs could not be set up: $(grep -v '^\s*at ' "$SEC/acl.log" | tail -3)"
fi
# the overlay's settings (ConfigMap shanhai-config), with the local address and CA file for the cluster's
settings=$(grep -E '^  (KAFKA_SECURITY_PROTOCOL|KAFKA_SASL_MECHANISM|KAFKA_SSL_TRUSTSTORE_TYPE|SHANHAI_KAFKA_CREATE_TOPICS): ' \
  "$SEC/dev.yaml" | sed -E 's/^  ([A-Z_]+): "?([^"]*)"?$/\1=\2/')
check "the overlay gives the services SASL_SSL, SCRAM-SHA-512, a PEM truststore and no topic creation" \
  test "$(sort <<<"$settings" | tr '\n' ' ')" = "KAFKA_SASL_MECHANISM=SCRAM-SHA-512 KAFKA_SECURITY_PROTOCOL=SASL_SSL KAFKA_SSL_TRUSTSTORE_TYPE=PEM SHANHAI_KAFKA_CREATE_TOPICS=false "
sec_start() { # sec_start SERVICE PORT: with its own KafkaUser's credentials
  env $settings KAFKA_SSL_TRUSTSTORE_LOCATION="$SEC/ca.crt" \
    KAFKA_SASL_JAAS_CONFIG="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$1-service\" password=\"$SECRET\";" \
    "$DEV" _service_start "$1" "$2" "$1_sec" 127.0.0.1:19294 "$SEC"
}
sec_start programme 18281; sec_start training 18282; sec_start metrics 18283
for s in programme:18281 training:18282 metrics:18283; do
  "$DEV" _service_wait "${s%%:*}" "${s#*:}" "$SEC" || bad "${s%%:*}-service did not start against the secured broker"
done
SP=http://127.0.0.1:18281 ST=http://127.0.0.1:18282 SM=http://127.0.0.1:18283
r=$(api POST "$SP/api/v1/institutions" '{"name":"加密链路县医院","divisionCode":"530623","kind":"COUNTY_HOSPITAL"}')
sid=$(body_of "$r" | jq -r .id)
check "programme-service registers an institution ($(status_of "$r"))" test "$(status_of "$r")" = 201
sec_known() { known_in "$ST" "$sid" && known_in "$SM" "$sid"; }
check "its relay publishes over TLS as programme-service, and both consumers read it in their own groups" wait_for 60 sec_known
# a record no consumer can apply, put on the topic by the super user: each consumer's dead-letter
# producer writes it to its own dead-letter topic, and the dead-letter reader reads it back
sbad=$(cat /proc/sys/kernel/random/uuid)
printf '%s' '{"id": "not-a-uuid"}' | kcat -b 127.0.0.1:19292 -P -t programme.events -k "$sid" \
  -H "ce_id=$sbad" -H ce_specversion=1.0 -H ce_type=institution.registered -H ce_source=/shanhai/programme-service 2>/dev/null
listed() { curl -s -H "Authorization: Bearer $admin" "$1/api/v1/dead-letters?limit=1000" | grep -q "$sbad"; }
check "training-service dead-letters it to training-service.dlq and lists it from there" wait_for 60 listed "$ST"
check "metrics-service likewise, on metrics-service.dlq" wait_for 60 listed "$SM"
# and nothing more than the ACLs allow: with training-service's credentials, Kafka's own console producer
# may write training.events but not programme-service's topic
cat > "$SEC/training-client.properties" <<EOF
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="training-service" password="$SECRET";
ssl.truststore.type=PEM
ssl.truststore.location=$SEC/ca.crt
max.block.ms=10000
delivery.timeout.ms=10000
request.timeout.ms=5000
EOF
produce_as_training() {
  echo x | java -cp "$ROOT/.dev/kafka/libs/*" org.apache.kafka.tools.ConsoleProducer --bootstrap-server 127.0.0.1:19294 \
    --topic "$1" --command-config "$SEC/training-client.properties" 2>&1
}
denied=$(produce_as_training programme.events)
check "training-service may not write programme.events ($(grep -o 'Not authorized to access topics: [^ ]*' <<<"$denied" | head -1))" \
  grep -q "TopicAuthorizationException" <<<"$denied"
allowed=$(produce_as_training training.events)
check "but may write its own training.events" eval '! grep -q "Exception" <<<"$allowed"'
check "no service met an authorization error" eval '! grep -l "AuthorizationException\|Authentication failed" "$SEC"/*.log'
"$DEV" _services_stop "$SEC"
"$DEV" _kafka_stop secure-kafka

section "the events: docs/api/events.asyncapi.yaml is valid AsyncAPI, and every event the services wrote in this run matches it"
"$DEV" _ensure_npm_tool @asyncapi/parser 3.6.6 asyncapi && "$DEV" _ensure_npm_tool ajv 8.17.1 ajv \
  && "$DEV" _ensure_npm_tool ajv-formats 3.0.1 ajv
# what the services produced: their outboxes (the topics also hold what the tests put there by hand)
for db in programme_sys training_sys metrics_sys programme_sec training_sec metrics_sec; do
  psql_db "$db" "SELECT json_build_object('topic', topic, 'type', event_type, 'payload', payload) FROM outbox_event"
done > "$RUN/produced-events.jsonl"
events_match() {
  NODE_PATH="$ROOT/.dev/tools/ajv/node_modules:$ROOT/.dev/tools/asyncapi/node_modules" \
    node "$ROOT/system-tests/events-check.js" "$ROOT/docs/api/events.asyncapi.yaml" < "$1" > "$RUN/events-check.log" 2>&1
}
events_match "$RUN/produced-events.jsonl"; events_rc=$?
check "$(tail -1 "$RUN/events-check.log")" test "$events_rc" = 0
# and the check can fail: an event whose id is no UUID, and a type the document does not have
{ head -1 "$RUN/produced-events.jsonl" | jq -c '.payload.id = "not-a-uuid"'; echo '{"topic":"programme.events","type":"hospital.renamed","payload":{}}'; } \
  > "$RUN/bad-events.jsonl"
check "  a payload off its schema and an undocumented type are both found" \
  eval '! events_match "$RUN/bad-events.jsonl" && grep -q "must match format" "$RUN/events-check.log" && grep -q "hospital.renamed" "$RUN/events-check.log"'

echo
[ -n "$section_t0" ] && printf '       (%d s)\n' $((SECONDS - section_t0))
echo "system-tests: $passed passed, $failed failed (in $SECONDS s)"
[ "$failed" = 0 ]
