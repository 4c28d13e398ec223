# Account Owner Identification with MFA, against `npm start` on http://localhost:8080.
# Paste it into bash (or run `bash docs/walkthrough.sh`); it needs curl and node, nothing else.
B=${B:-http://localhost:8080}
H=(-H 'MX-API-Key: my-key' -H 'MX-Client-ID: walkthrough' -H 'Accept: application/vnd.mx.atrium.v1+json' -H 'Content-Type: application/json')

# call METHOD PATH [BODY]: prints the status and the body, pretty; keeps the body in $body
call() {
  local data=() response status
  [ $# -ge 3 ] && data=(-d "$3")
  response=$(curl -s -w '\n%{http_code}' "${H[@]}" -X "$1" "$B$2" "${data[@]}")
  body=${response%$'\n'*} status=${response##*$'\n'}
  [ "$status" = 000 ] && { echo "$1 $2 -> no answer: is the simulator running at $B (npm start)?"; return 1; }
  echo "$1 $2 -> $status"
  [ -n "$body" ] && node -e 'try { console.log(JSON.stringify(JSON.parse(process.argv[1]), null, 2)) } catch { console.log(process.argv[1]) }' "$body"
  echo
}
# get EXPRESSION: a value of the last body, e.g. get member.guid (empty when it has none)
get() { node -e 'try { console.log(new Function("body", "return body." + process.argv[2])(JSON.parse(process.argv[1])) ?? "") } catch { console.log("") }' "$body" "$1"; }

# 0. start from an empty tenant (MX-Client-ID: walkthrough), so this runs again and again
call POST /__mock/reset

# 1. a user
call POST /users '{"user":{"identifier":"steven"}}'
U=$(get user.guid)

# 2. MX Bank supports identification; its credentials
call GET /institutions/mxbank
call GET /institutions/mxbank/credentials
LOGIN=$(get 'credentials.find((c) => c.field_name === "LOGIN").guid')
PASSWORD=$(get 'credentials.find((c) => c.field_name === "PASSWORD").guid')

# 3. a member that does not aggregate yet; the password "challenge" asks for MFA
call POST /users/$U/members '{"member":{"institution_code":"mxbank","skip_aggregation":true,"credentials":[{"guid":"'$LOGIN'","value":"test_atrium"},{"guid":"'$PASSWORD'","value":"challenge"}]}}'
M=$(get member.guid)

# 4. start identification: 200; again while it runs: 202; another job type: 409
call POST /users/$U/members/$M/identify
call POST /users/$U/members/$M/identify
call POST /users/$U/members/$M/aggregate

# 5. poll until it asks a question, answer it, poll until the job ends
call GET /users/$U/members/$M/status
call GET /users/$U/members/$M/challenges
C=$(get 'challenges[0].guid')
call PUT /users/$U/members/$M/resume '{"member":{"challenges":[{"guid":"'$C'","value":"correct"}]}}'
for poll in 1 2 3 4 5 6 7 8; do
  call GET /users/$U/members/$M/status
  [ "$(get member.is_being_aggregated)" = true ] || break
done

# 6. the owners identification found
call GET /users/$U/members/$M/account_owners
