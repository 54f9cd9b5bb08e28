#!/usr/bin/env bash
# Loads the demo programmes (transcribed from public reports, see SOURCES.md) through the REST
# API, as a user would. Idempotent: what is already there (same name) is left as it is.
# usage: demo/load.sh PROGRAMME_SERVICE_URL TOKEN
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
URL=$1 TOKEN=$2

api() { curl -sS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }

created=0 existing=0
for file in "$DIR"/*.json; do
  while read -r inst; do
    name=$(jq -r .name <<<"$inst")
    found=$(api -G "$URL/api/v1/institutions" --data-urlencode "q=$name" --data-urlencode size=200 \
      | jq --arg n "$name" '[.items[] | select(.name == $n)] | length')
    if [ "$found" -gt 0 ]; then existing=$((existing + 1)); continue; fi
    body=$(jq '{name, divisionCode, kind} + (if .grade then {grade} else {} end)
               + (if .nameEn then {nameEn} else {} end)' <<<"$inst")
    code=$(api -o /tmp/shanhai-demo.$$ -w '%{http_code}' -X POST "$URL/api/v1/institutions" -d "$body")
    if [ "$code" != 201 ]; then
      echo "demo: could not register $name ($code): $(cat /tmp/shanhai-demo.$$)" >&2; rm -f /tmp/shanhai-demo.$$; exit 1
    fi
    created=$((created + 1))
  done < <(jq -c '.institutions[]' "$file")
done
rm -f /tmp/shanhai-demo.$$
echo "demo data: $created institutions registered, $existing already there" >&2
