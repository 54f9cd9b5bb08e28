#!/usr/bin/env bash
# Loads the demo programmes (transcribed from public reports, see SOURCES.md) through the REST
# API, as a user would enter them. Idempotent: what is already there is found and left as it is.
# Where a report gives no date, the loader takes the programme's start date and says so below.
# With TRAINING_SERVICE_URL, also the reports' totals (reportedTotals) as reported totals with their
# source: figures a report gives only as totals are kept as such, never split into invented records
# (the reports name no individual activity, mentor or apprentice, so no individual records are made).
# With METRICS_SERVICE_URL, also the reports' outcome figures (reportedOutcomes) as observations of the
# primary recipient (a rate given without its parts as REPORTED_RATE, a figure over years for its span)
# and the milestones; figures scoped to a department group or without a period are left out, and said so.
# usage: demo/load.sh PROGRAMME_SERVICE_URL TOKEN [TRAINING_SERVICE_URL [METRICS_SERVICE_URL]]
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
URL=$1 TOKEN=$2 TRAINING=${3:-} METRICS=${4:-}
TMP=$(mktemp)
trap 'rm -f "$TMP"' EXIT

# call METHOD PATH [BODY]: prints the response body; fails loudly on an unexpected status
call() {
  local method=$1 path=$2 body=${3:-} code
  if [ -n "$body" ]; then
    code=$(curl -sS -o "$TMP" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d "$body" "$URL$path")
  else
    code=$(curl -sS -o "$TMP" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" "$URL$path")
  fi
  case $code in 2*) cat "$TMP";; *) echo "demo: $method $path -> $code: $(cat "$TMP")" >&2; return 1;; esac
}
find_one() { # find_one PATH_WITH_QUERY JQ_FILTER: prints the id of the first item matching
  call GET "$1" | jq -r "[.items[] | select($2)][0].id // empty"
}
urlencode() { jq -rn --arg v "$1" '$v|@uri'; }

created=0
declare -A programme_id=()
for file in "$DIR"/*.json; do
  declare -A inst=() expert=() batch=()
  data=$(cat "$file")
  code=$(jq -r .programme.code <<<"$data")

  # institutions, by name
  while read -r i; do
    key=$(jq -r .key <<<"$i") name=$(jq -r .name <<<"$i")
    id=$(find_one "/api/v1/institutions?size=200&q=$(urlencode "$name")" ".name == \"$name\"")
    if [ -z "$id" ]; then
      id=$(call POST /api/v1/institutions "$(jq -c '{name, divisionCode, kind} + (if .grade then {grade} else {} end)' <<<"$i")" | jq -r .id)
      created=$((created + 1))
    fi
    inst[$key]=$id
  done < <(jq -c '.institutions[]' <<<"$data")

  # the programme, by code; the report's status is reached through POST .../status
  pid=$(find_one "/api/v1/programmes?q=$code" ".code == \"$code\"")
  if [ -z "$pid" ]; then
    ids=$(for k in "${!inst[@]}"; do echo "$k=${inst[$k]}"; done | jq -R 'split("=") | {(.[0]): .[1]}' | jq -s add)
    body=$(jq -c --argjson ids "$ids" '.programme as $p | {
        code: $p.code, name: $p.name, scheme: $p.scheme, leadInstitutionId: $ids[$p.lead],
        partnerInstitutionIds: [$p.partners[] | $ids[.]],
        recipients: [$p.recipients[] | {institutionId: $ids[.institution], primary}],
        startDate: $p.startDate, objectives: ($p.objectives // []), focusDepartments: (.focusDepartments // [])}
        + (if $p.endDate then {endDate: $p.endDate} else {} end)' <<<"$data")
    pid=$(call POST /api/v1/programmes "$body" | jq -r .id)
    created=$((created + 1))
    status=$(jq -r .programme.status <<<"$data")
    if [ "$status" != PLANNED ]; then
      call POST "/api/v1/programmes/$pid/status" \
        "$(jq -cn --arg s "$status" --arg src "$(jq -r .source <<<"$data")" '{status: $s, reason: ("demo data: " + $s + " in " + $src)}')" >/dev/null
    fi
  fi
  start=$(jq -r .programme.startDate <<<"$data")

  programme_id[$code]=$pid

  # experts, by name and home institution
  while read -r e; do
    key=$(jq -r .key <<<"$e") name=$(jq -r .name <<<"$e") home=${inst[$(jq -r .homeInstitution <<<"$e")]}
    id=$(find_one "/api/v1/experts?size=200&homeInstitutionId=$home&q=$(urlencode "$name")" ".name == \"$name\"")
    if [ -z "$id" ]; then
      id=$(call POST /api/v1/experts "$(jq -c --arg home "$home" '{name, homeInstitutionId: $home}
          + (if .department then {department} else {} end) + (if .title then {title} else {} end)
          + (if .degree then {degree} else {} end)' <<<"$e")" | jq -r .id)
      created=$((created + 1))
    fi
    expert[$key]=$id
  done < <(jq -c '.experts[]' <<<"$data")

  # batches, by sequence
  while read -r b; do
    seq=$(jq -r .sequence <<<"$b")
    id=$(find_one "/api/v1/programmes/$pid/batches?size=200" ".sequence == $seq")
    if [ -z "$id" ]; then
      if [ "$(jq -r '.startDate // empty' <<<"$b")" = "" ]; then
        echo "demo: $code batch $seq has no start date in the report; using the programme's ($start)" >&2
      fi
      id=$(call POST "/api/v1/programmes/$pid/batches" \
        "$(jq -c --arg start "$start" '{sequence, startDate: (.startDate // $start)} + (if .endDate then {endDate} else {} end)' <<<"$b")" | jq -r .id)
      created=$((created + 1))
    fi
    batch[$seq]=$id
  done < <(jq -c '.batches[]' <<<"$data")

  # assignments, by expert and batch; the team leader then leads the batch
  while read -r a; do
    e=${expert[$(jq -r .expert <<<"$a")]} b=${batch[$(jq -r .batch <<<"$a")]}
    id=$(find_one "/api/v1/programmes/$pid/assignments?size=200&expertId=$e&batchId=$b" "true")
    if [ -z "$id" ]; then
      call POST "/api/v1/programmes/$pid/assignments" "$(jq -c --arg e "$e" --arg b "$b" --arg i "${inst[$(jq -r .institution <<<"$a")]}" \
        '{batchId: $b, expertId: $e, institutionId: $i, roles} + (if .department then {department} else {} end)' <<<"$a")" >/dev/null
      created=$((created + 1))
      if jq -e '.roles | index("TEAM_LEADER")' <<<"$a" >/dev/null; then
        current=$(call GET "/api/v1/programmes/$pid/batches/$b")
        call PUT "/api/v1/programmes/$pid/batches/$b" \
          "$(jq -c --arg e "$e" '{sequence, startDate, endDate, leaderExpertId: $e} | with_entries(select(.value != null))' <<<"$current")" >/dev/null
      fi
    fi
  done < <(jq -c '.assignments[]' <<<"$data")
  unset inst expert batch
done
# reportedTotals keys as the reports word them -> reported-total types; the other keys (surgeries,
# new titles, workstations...) are not training figures and are left to the services they belong to.
declare -A TOTAL_TYPE=([teachingRounds]=TEACHING_ROUND [surgicalDemonstrations]=SURGICAL_DEMONSTRATION
  [lectures]=LECTURE [trainingCourses]=TRAINING_COURSE [remoteCourses]=REMOTE_COURSE
  [trainingAttendances]=TRAINING_ATTENDANCES [mentorshipApprentices]=MENTORSHIP_APPRENTICES
  [staffSecondedToSupportingHospital]=STAFF_SECONDED [standardisedResidents]=STANDARDISED_RESIDENTS
  [visitingExperts]=VISITING_EXPERTS)
if [ -n "$TRAINING" ]; then
  for file in "$DIR"/*.json; do
    data=$(cat "$file")
    code=$(jq -r .programme.code <<<"$data") pid=${programme_id[$(jq -r .programme.code <<<"$data")]}
    # training-service learns of the programme from programme.events: wait until it has
    known=false
    for _ in $(seq 1 60); do
      if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
          "$TRAINING/api/v1/programmes/$pid/reported-totals")" = 200 ]; then known=true; break; fi
      sleep 1
    done
    $known || { echo "demo: training-service has not learnt of programme $code from programme.events within 60 s" >&2; exit 1; }
    # "<publisher>, <date>: <title>": the report is the whole line, its date the date in it;
    # a total "as of" a month counts to the month's end and from the programme's start
    source=$(jq -r .source <<<"$data")
    sdate=$(grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}' <<<"$source" | head -1)
    asof=$(jq -r .reportedTotals.asOf <<<"$data")
    to=$(date -d "$asof-01 +1 month -1 day" +%F)
    URL_SAVED=$URL; URL=$TRAINING
    existing=$(call GET "/api/v1/programmes/$pid/reported-totals?size=200")
    for key in $(jq -r '.reportedTotals | keys[] | select(. != "asOf")' <<<"$data"); do
      type=${TOTAL_TYPE[$key]:-}
      [ -n "$type" ] || continue
      if jq -e --arg t "$type" --arg to "$to" --arg r "$source" \
          '[.items[] | select(.type == $t and .to == $to and .source.report == $r)] | length > 0' <<<"$existing" >/dev/null; then
        continue
      fi
      call POST "/api/v1/programmes/$pid/reported-totals" "$(jq -cn --arg t "$type" --arg to "$to" --arg r "$source" \
        --arg d "$sdate" --argjson n "$(jq ".reportedTotals.$key" <<<"$data")" \
        '{type: $t, to: $to, count: $n, source: {report: $r, date: $d}}')" >/dev/null
      created=$((created + 1))
    done
    URL=$URL_SAVED
  done
fi
if [ -n "$METRICS" ]; then
  for file in "$DIR"/*.json; do
    data=$(cat "$file")
    code=$(jq -r .programme.code <<<"$data") pid=${programme_id[$(jq -r .programme.code <<<"$data")]}
    primary=$(curl -s -H "Authorization: Bearer $TOKEN" "$URL/api/v1/programmes/$pid" \
      | jq -r '[.recipients[] | select(.primary)][0].institutionId')
    # metrics-service learns of the programme and its recipient from programme.events: wait until it has
    known=false
    for _ in $(seq 1 60); do
      if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
          "$METRICS/api/v1/programmes/$pid/targets")" = 200 ] && [ "$(curl -s -o /dev/null -w '%{http_code}' \
          -H "Authorization: Bearer $TOKEN" "$METRICS/api/v1/institutions/$primary")" = 200 ]; then known=true; break; fi
      sleep 1
    done
    $known || { echo "demo: metrics-service has not learnt of programme $code from programme.events within 60 s" >&2; exit 1; }
    source=$(jq -r .source <<<"$data")
    # the reports' outcome figures: PUT is an upsert, so a second run changes nothing (200, not 201)
    while read -r o; do
      indicator=$(jq -r .indicator <<<"$o") period=$(jq -r '.period // empty' <<<"$o")
      if [ -z "$period" ] || jq -e '.scope' <<<"$o" >/dev/null; then
        echo "demo: $code $indicator left out: $(jq -r '.scope // "no period"' <<<"$o") ($(jq -r '.note // ""' <<<"$o"))" >&2
        continue
      fi
      unit=$(curl -s -H "Authorization: Bearer $TOKEN" "$METRICS/api/v1/indicators/$indicator" | jq -r .aggregation)
      basis=REPORTED; [ "$unit" = RATIO ] && basis=REPORTED_RATE
      body=$(jq -c --arg b "$basis" --arg src "$source" '{value, basis: $b, dataSource: $src} + (if .note then {note} else {} end)' <<<"$o")
      code_=$(curl -sS -o "$TMP" -w '%{http_code}' -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "$body" "$METRICS/api/v1/institutions/$primary/observations/$indicator/$period")
      case $code_ in 201) created=$((created + 1));; 200) ;; *) echo "demo: PUT $indicator $period -> $code_: $(cat "$TMP")" >&2; exit 1;; esac
    done < <(jq -c '.reportedOutcomes[]' <<<"$data")
    # milestones: the same one again is a 409, so a second run creates nothing
    while read -r m; do
      body=$(jq -c --arg src "$source" '{type, source: $src}
        + (if .name then {name} else {} end) + (if .department then {department} else {} end)
        + (if .date then {achieved: .date} elif .year then {achieved: (.year | tostring)} else {} end)
        + (if .level then {level} else {} end) + (if .stage then {stage} else {} end)
        + (if .grade then {grade} else {} end) + (if .standard then {standard} else {} end)
        + (if .independent != null then {independent} else {} end) + (if .note then {note} else {} end)' <<<"$m")
      code_=$(curl -sS -o "$TMP" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "$body" "$METRICS/api/v1/programmes/$pid/milestones")
      case $code_ in 201) created=$((created + 1));; 409) ;; *) echo "demo: milestone $body -> $code_: $(cat "$TMP")" >&2; exit 1;; esac
    done < <(jq -c '.milestones[]' <<<"$data")
  done
fi
echo "demo data: $created records created (the rest were already there)" >&2
