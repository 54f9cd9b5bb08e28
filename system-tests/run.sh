#!/usr/bin/env bash
# Cross-service checks: the three packaged services, the standalone broker and PostgreSQL, used
# as a client would. Called by ./dev test after mvn verify (which built the jars); it expects the
# test broker on 127.0.0.1:19092 and the *_sys databases, and stops the services it started.
set -uo pipefail

ROOT=${SHANHAI_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
DEV="$ROOT/dev"
RUN="$ROOT/.dev/test/run"
KAFKA=127.0.0.1:19092
P=http://127.0.0.1:18081 T=http://127.0.0.1:18082 M=http://127.0.0.1:18083
passed=0 failed=0

ok()   { passed=$((passed + 1)); printf '  \033[32mok\033[0m   %s\n' "$*"; }
bad()  { failed=$((failed + 1)); printf '  \033[31mFAIL\033[0m %s\n' "$*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

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
psql_db() { runuser -u postgres -- psql -X -q -tA -d "$1" -c "$2" 2>/dev/null || sudo -n -u postgres psql -X -q -tA -d "$1" -c "$2"; }
applied_count() { psql_db "$1" "SELECT count(*) FROM processed_event WHERE ce_id = '$2'"; }
ce_id_of() { psql_db programme_sys "SELECT id FROM outbox_event WHERE aggregate_id = '$1' AND event_type = '$2'"; }

cleanup() { "$DEV" _services_stop "$RUN/replica"; "$DEV" _services_stop "$RUN"; }
trap cleanup EXIT

echo "== starting the packaged services on 18081-18083 (databases *_sys, broker $KAFKA)"
declare -A port=([programme]=18081 [training]=18082 [metrics]=18083)
for s in programme training metrics; do "$DEV" _service_start "$s" "${port[$s]}" "${s}_sys" "$KAFKA" "$RUN"; done
for s in programme training metrics; do "$DEV" _service_wait "$s" "${port[$s]}" "$RUN" || exit 1; done

echo "== an institution registered in programme-service reaches both consumers"
id=$(register "系统测试医院-$RANDOM" 530623) || id=""
check "registered (201)" test -n "$id"
check "training-service and metrics-service know it" wait_for 30 known_everywhere "$id"
check "each consumer applied its event exactly once" \
  test "$(applied_count training_sys "$(ce_id_of "$id" institution.registered)")$(applied_count metrics_sys "$(ce_id_of "$id" institution.registered)")" = 11

echo "== with the broker down, writes succeed; when it returns, the events flow, once each"
"$DEV" _kafka_stop test-kafka
a=$(register "断网期间登记A-$RANDOM" 522728) || a=""
b=$(register "断网期间登记B-$RANDOM" 522728) || b=""
check "two registrations accepted while the broker is down" test -n "$a" -a -n "$b"
pending=$(psql_db programme_sys "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND aggregate_id IN ('$a', '$b')")
check "their events wait in the outbox ($pending pending)" test "$pending" = 2
check "neither has reached a consumer yet" eval '! known_in "$T" "$a" && ! known_in "$M" "$b"'
"$DEV" _kafka_start test-kafka 19092 19093
both_known() { known_everywhere "$a" && known_everywhere "$b"; }
check "after the broker returns, both reach training-service and metrics-service" wait_for 60 both_known
for x in "$a" "$b"; do
  ce=$(ce_id_of "$x" institution.registered)
  check "event $ce applied once in each consumer" test "$(applied_count training_sys "$ce")$(applied_count metrics_sys "$ce")" = 11
done

echo "== a redelivered event changes nothing"
ce=$(ce_id_of "$id" institution.registered)
before_t=$(body_of "$(api GET "$T/api/v1/institutions/$id")" | jq -r .updatedAt)
before_m=$(body_of "$(api GET "$M/api/v1/institutions/$id")" | jq -r .updatedAt)
# what a relay crash between the broker's ack and "mark sent" does: the same row is published again
psql_db programme_sys "UPDATE outbox_event SET sent_at = NULL WHERE id = '$ce'" >/dev/null
sent_again() { [ "$(psql_db programme_sys "SELECT count(*) FROM outbox_event WHERE id = '$ce' AND sent_at IS NOT NULL")" = 1 ]; }
check "the relay publishes it again" wait_for 20 sent_again
copies() { kcat -b $KAFKA -C -t programme.events -e -q -f '%h\n' 2>/dev/null | grep -c "ce_id=$ce"; }
twice_on_topic() { [ "$(copies)" -ge 2 ]; }
check "both copies are on programme.events" wait_for 20 twice_on_topic
marker=$(register "重复投递后的标记-$RANDOM" 530623) || marker=""
check "a later event is applied" wait_for 30 known_everywhere "$marker"
check "the duplicate did not touch training-service's copy" \
  test "$(body_of "$(api GET "$T/api/v1/institutions/$id")" | jq -r .updatedAt)" = "$before_t"
check "the duplicate did not touch metrics-service's copy" \
  test "$(body_of "$(api GET "$M/api/v1/institutions/$id")" | jq -r .updatedAt)" = "$before_m"

echo "== a malformed event goes to programme.events.dlq and the next good one is applied"
# The broken record carries the key of an institution, so it sits on the same partition as the
# institution's next update: that update being applied shows the consumers went past it.
bad_id=$(cat /proc/sys/kernel/random/uuid)
printf '%s' '{"id": "not-a-uuid", "name": ' | kcat -b $KAFKA -P -t programme.events -k "$id" \
  -H "ce_id=$bad_id" -H ce_specversion=1.0 -H ce_type=institution.registered -H ce_source=/system-test 2>/dev/null
renamed="改名之后-$RANDOM"
r=$(api PUT "$P/api/v1/institutions/$id" "{\"name\":\"$renamed\",\"divisionCode\":\"530623\",\"kind\":\"COUNTY_HOSPITAL\"}")
check "the institution is renamed (200)" test "$(status_of "$r")" = 200
renamed_in() { [ "$(body_of "$(api GET "$1/api/v1/institutions/$id")" | jq -r .name)" = "$renamed" ]; }
renamed_everywhere() { renamed_in "$T" && renamed_in "$M"; }
check "the next event on the same partition reaches both consumers" wait_for 30 renamed_everywhere
dlq_count() { kcat -b $KAFKA -C -t programme.events.dlq -e -q -f '%h\n' 2>/dev/null | grep "ce_id=$bad_id" | grep -c 'dead-letter-reason=payload'; }
dead_twice() { [ "$(dlq_count)" = 2 ]; }
check "the malformed event is in programme.events.dlq once per consumer, with its reason" wait_for 30 dead_twice
check "and applied nowhere" test "$(applied_count training_sys "$bad_id")$(applied_count metrics_sys "$bad_id")" = 00

echo "== two replicas of programme-service share one outbox: every event is published once, in order"
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
"$DEV" _services_stop "$RUN/replica"

echo
echo "system-tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
