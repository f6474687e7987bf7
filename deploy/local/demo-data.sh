#!/usr/bin/env bash
# Demo data for the local suite: two agencies (Malaysia, Iran), their officers and reviewers,
# startups, mentors with profiles, an open joint call and a mentoring request. Safe to run again:
# what exists is kept (accounts, agencies and the call are found by email, code and title).
#
#   deploy/local/demo-data.sh load      load what is missing (run.sh does this)
#   deploy/local/demo-data.sh logins    print the demo logins
#
# It talks to the services directly (not through the gateway, whose login rate limit a loader
# would hit). Settings: IDENTITY_URL, FUNDING_URL, MENTORSHIP_URL, PORTAL_BOOTSTRAP_ADMIN_EMAIL,
# PORTAL_BOOTSTRAP_ADMIN_PASSWORD.
set -euo pipefail

IDENTITY=${IDENTITY_URL:-http://127.0.0.1:8081}
FUNDING=${FUNDING_URL:-http://127.0.0.1:8082}
MENTORSHIP=${MENTORSHIP_URL:-http://127.0.0.1:8083}
PASSWORD='demo-passphrase-2026'          # every demo account's password
CALL_TITLE='Malaysia-Iran Digital Health and Agritech 2027'

# email | display name | country | role | agency
ACCOUNTS=(
  "officer@mdec.demo|Nurul Hassan (MDEC)|MY|AGENCY_ADMIN|MY-MDEC"
  "officer@insf.demo|Reza Karimi (INSF)|IR|AGENCY_ADMIN|IR-INSF"
  "reviewer@mdec.demo|Lim Wei Ling|MY|REVIEWER|MY-MDEC"
  "reviewer@insf.demo|Sara Ahmadi|IR|REVIEWER|IR-INSF"
  "founder@klhealth.demo|KL Health Analytics|MY|STARTUP|"
  "founder@agrosense.demo|AgroSense Tehran|IR|STARTUP|"
  "founder@paddy.demo|PaddyTech Penang|MY|STARTUP|"
  "mentor.aisha@demo.portal|Aisha Rahman|MY|MENTOR|"
  "mentor.dariush@demo.portal|Dariush Farahani|IR|MENTOR|"
  "mentor.grace@demo.portal|Grace Tan|MY|MENTOR|"
)

logins() {
  echo "  Demo accounts (password for all: $PASSWORD)"
  for account in "${ACCOUNTS[@]}"; do
    IFS='|' read -r email name _ role agency <<<"$account"
    printf '    %-28s %-13s %s\n' "$email" "$role${agency:+ $agency}" "$name"
  done
}

# call METHOD URL [TOKEN] [JSON]: prints the body; fails on any status but 2xx and the ones in OK_STATUS
call() {
  local method=$1 url=$2 token=${3:-} body=${4:-} out status
  out=$(mktemp)
  status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$url" \
    -H 'Content-Type: application/json' ${token:+-H "Authorization: Bearer $token"} \
    ${IF_MATCH:+-H "If-Match: \"$IF_MATCH\""} ${body:+--data "$body"})
  if [[ $status != 2* && " ${OK_STATUS:-} " != *" $status "* ]]; then
    echo "demo data: $method $url answered $status: $(cat "$out")" >&2
    rm -f "$out"
    return 1
  fi
  cat "$out"
  rm -f "$out"
}

# field NAME: the first string or number value of NAME in the JSON on stdin
field() { grep -o "\"$1\" *: *\(\"[^\"]*\"\|[0-9]*\)" | head -1 | sed 's/^[^:]*: *//; s/"//g'; }

login() { call POST "$IDENTITY/api/identity/login" "" "{\"email\":\"$1\",\"password\":\"$2\"}" | field access_token; }

load() {
  local admin account email name country role agency id version token
  admin=$(login "${PORTAL_BOOTSTRAP_ADMIN_EMAIL:?}" "${PORTAL_BOOTSTRAP_ADMIN_PASSWORD:?}")

  OK_STATUS=409 call POST "$FUNDING/api/funding/agencies" "$admin" \
    '{"code":"MY-MDEC","name":"Malaysia Digital Economy Corporation","country":"MY","currency":"MYR"}' >/dev/null
  OK_STATUS=409 call POST "$FUNDING/api/funding/agencies" "$admin" \
    '{"code":"IR-INSF","name":"Iran National Science Foundation","country":"IR","currency":"IRR"}' >/dev/null

  for account in "${ACCOUNTS[@]}"; do
    IFS='|' read -r email name country role agency <<<"$account"
    local self=$role
    [[ $role == MENTOR ]] || self=STARTUP   # staff accounts register, then an ADMIN grants their role
    OK_STATUS=409 call POST "$IDENTITY/api/identity/register" "" \
      "{\"email\":\"$email\",\"displayName\":\"$name\",\"country\":\"$country\",\"password\":\"$PASSWORD\",\"role\":\"$self\"}" >/dev/null
    if [[ -n $agency ]]; then
      local found
      found=$(call GET "$IDENTITY/api/identity/admin/accounts?email=$email" "$admin")
      id=$(field id <<<"$found")
      version=$(field version <<<"$found")
      IF_MATCH=$version call PUT "$IDENTITY/api/identity/admin/accounts/$id/roles" "$admin" \
        "{\"roles\":[\"$role\"],\"agency\":\"$agency\"}" >/dev/null
    fi
  done

  profile() { # email tags sectors languages countries zone capacity bio (written once: an edit needs If-Match)
    token=$(login "$1" "$PASSWORD")
    OK_STATUS=404 call GET "$MENTORSHIP/api/mentorship/mentors/me" "$token" | grep -q '"accountId"' && return 0
    call PUT "$MENTORSHIP/api/mentorship/mentors/me" "$token" \
      "{\"displayName\":\"$2\",\"bio\":\"$9\",\"tags\":$3,\"sectors\":$4,\"languages\":$5,\"countries\":$6,\"timeZone\":\"$7\",\"capacity\":$8,\"active\":true}" >/dev/null
  }
  profile mentor.aisha@demo.portal "Aisha Rahman" '["fundraising","health-data","regulation"]' '["healthtech"]' \
    '["en","ms"]' '["MY","SG"]' Asia/Kuala_Lumpur 3 "Built and sold a clinical analytics startup in Kuala Lumpur."
  profile mentor.dariush@demo.portal "Dariush Farahani" '["iot","supply-chain","export"]' '["agritech"]' \
    '["fa","en"]' '["IR"]' Asia/Tehran 2 "Twenty years of agricultural sensing and export logistics."
  profile mentor.grace@demo.portal "Grace Tan" '["go-to-market","fundraising","iot"]' '["agritech","healthtech"]' \
    '["en","ms"]' '["MY"]' Asia/Kuala_Lumpur 4 "Angel investor; helps hardware startups find their first customers."

  if call GET "$FUNDING/api/funding/calls?q=$(sed 's/ /%20/g' <<<"$CALL_TITLE")" | grep -q "\"$CALL_TITLE\""; then
    return 0
  fi
  local officer created call_id opens closes
  officer=$(login officer@mdec.demo "$PASSWORD")
  opens=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  closes=$(date -u -d '+90 days' +%Y-%m-%dT%H:%M:%SZ)
  created=$(call POST "$FUNDING/api/funding/calls" "$officer" "{
    \"title\":\"$CALL_TITLE\",
    \"description\":\"Joint R&D projects between Malaysian and Iranian startups in digital health and agritech. Each agency funds its own country's partners.\",
    \"sectors\":[\"healthtech\",\"agritech\"],\"opensAt\":\"$opens\",\"closesAt\":\"$closes\",
    \"funders\":[{\"agency\":\"MY-MDEC\",\"budget\":2000000.00,\"maxRequest\":400000.00},
                 {\"agency\":\"IR-INSF\",\"budget\":50000000000.00,\"maxRequest\":10000000000.00}],
    \"eligibility\":{\"requiredCountries\":[\"MY\",\"IR\"],\"minPartners\":2,\"maxPartners\":5},
    \"criteria\":[{\"name\":\"Innovation\",\"weight\":2,\"maxScore\":10,\"threshold\":4},
                  {\"name\":\"Impact\",\"weight\":1.5,\"maxScore\":10,\"threshold\":3},
                  {\"name\":\"Team and consortium\",\"weight\":1,\"maxScore\":10,\"threshold\":3}],
    \"blindReview\":true}")
  call_id=$(field id <<<"$created")
  # MDEC leads the call and proposed INSF's share; INSF confirms it itself before the call can open
  IF_MATCH=$(field version <<<"$created") call PUT "$FUNDING/api/funding/calls/$call_id/funders/IR-INSF" \
    "$(login officer@insf.demo "$PASSWORD")" '{"budget":50000000000.00,"maxRequest":10000000000.00}' >/dev/null
  call POST "$FUNDING/api/funding/calls/$call_id/open" "$officer" '{"reason":"Demo call"}' >/dev/null

  token=$(login founder@paddy.demo "$PASSWORD")
  call POST "$MENTORSHIP/api/mentorship/requests" "$token" \
    '{"needs":["iot","go-to-market"],"sector":"agritech","languages":["en","ms"],"country":"MY","timeZone":"Asia/Kuala_Lumpur","description":"We need help selling our paddy-field sensors to cooperatives."}' >/dev/null

  # KL Health drafts an application and invites AgroSense; a matching run proposes PaddyTech a
  # mentor. Each leaves notifications (AgroSense's invitation, the mentor's and PaddyTech's proposal).
  local application
  token=$(login founder@klhealth.demo "$PASSWORD")
  application=$(call POST "$FUNDING/api/funding/applications" "$token" "{\"callId\":\"$call_id\",
    \"title\":\"Clinic queue analytics\",\"summary\":\"Predicting outpatient queues in Kuala Lumpur and Tehran clinics.\",
    \"partners\":[{\"name\":\"KL Health Analytics\",\"country\":\"MY\",\"role\":\"lead\"}],
    \"requestedAmounts\":{\"MY-MDEC\":250000.00},\"sector\":\"healthtech\",
    \"mentoringNeeds\":[\"health-data\",\"regulation\"],\"languages\":[\"en\",\"ms\"]}" | field id)
  call POST "$FUNDING/api/funding/applications/$application/invitations" "$token" \
    '{"email":"founder@agrosense.demo","message":"Would AgroSense lead the Iranian clinics work package?"}' >/dev/null
  call POST "$MENTORSHIP/api/mentorship/matching-runs" "$admin" '{}' >/dev/null
}

case ${1:-load} in
  load) load && echo "  Demo data loaded (or already there)." ;;
  logins) logins ;;
  *) echo "usage: $0 [load|logins]" >&2; exit 2 ;;
esac
