#!/usr/bin/env bash
# Raw HTTP with curl against the kinesis-sse-harness endpoint: JSON 1.1 requests (`POST /` with
# X-Amz-Target), signed with curl's --aws-sigv4 as a shell user would, and the control API (/_harness/).
#
#   HARNESS_URL=http://127.0.0.1:PORT bash spec/clients/curl.sh <scenario>
#
# Scenarios: lifecycle, protocol. Each answer is printed as "<status> <body>".
# spec/clients/curl.e2e.ts runs them (npm run test:clients); docs/server.md shows the same session.
set -euo pipefail
: "${HARNESS_URL:?set HARNESS_URL to the URL npm run serve printed}"

# snippet-start: helpers
# call <Target> <JSON body>: one signed JSON 1.1 request; prints "<status> <body>".
call() {
  local service
  case "$1" in
    Kinesis_20131202.*) service=kinesis ;;
    Firehose_20150804.*) service=firehose ;;
    *) service=kms ;;
  esac
  curl -sS -X POST "$HARNESS_URL/" \
    --aws-sigv4 "aws:amz:us-east-1:$service" --user 'AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' \
    -H "X-Amz-Target: $1" -H 'Content-Type: application/x-amz-json-1.1' \
    --data-binary "$2" -w '%{http_code} ' -o "$body_file" > "$status_file"
  echo "$(cat "$status_file")$(cat "$body_file")"
}

# The control API: JSON in and out.
harness() { curl -sS --fail-with-body -X POST "$HARNESS_URL/_harness/$1" -H 'content-type: application/json' -d "$2"; echo; }

body_file=$(mktemp)
status_file=$(mktemp)
trap 'rm -f "$body_file" "$status_file"' EXIT
# snippet-end: helpers

lifecycle() {
  # snippet-start: lifecycle
  call Kinesis_20131202.CreateStream '{"StreamName": "orders", "ShardCount": 1}'
  harness clock/advance '{"ms": 10000}' > /dev/null
  call Kinesis_20131202.StartStreamEncryption '{"StreamName": "orders", "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}'
  call Kinesis_20131202.StartStreamEncryption '{"StreamName": "orders", "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}'
  call Kinesis_20131202.ListStreams '{}'
  harness clock/advance '{"ms": 10000}' > /dev/null
  call Kinesis_20131202.PutRecord '{"StreamName": "orders", "PartitionKey": "a", "Data": "aGVsbG8="}'
  call Kinesis_20131202.StopStreamEncryption '{"StreamName": "orders", "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}'
  harness clock/advance '{"ms": 10000}' > /dev/null
  call Kinesis_20131202.PutRecord '{"StreamName": "orders", "PartitionKey": "a", "Data": "aGVsbG8="}'
  call Kinesis_20131202.StartStreamEncryption '{"StreamName": "nope", "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}'
  call Kinesis_20131202.StartStreamEncryption '{"StreamName": "orders", "EncryptionType": "KMS"}'
  call Firehose_20150804.StartDeliveryStreamEncryption '{"DeliveryStreamName": "nope"}'
  call TrentService.CreateKey '{}' > /dev/null
  call TrentService.CreateAlias '{"AliasName": "alias/orders", "TargetKeyId": "alias/none"}'
  # snippet-end: lifecycle
}

protocol() {
  # snippet-start: protocol
  # A method other than POST: 403 with AWS's XML.
  curl -sS "$HARNESS_URL/" -w '%{http_code} %{content_type}\n' -o "$body_file"
  cat "$body_file"
  # Not JSON, and a member of the wrong JSON type: SerializationException, no message.
  call Kinesis_20131202.StartStreamEncryption '{"StreamName": "orders",'
  call Kinesis_20131202.CreateStream '{"StreamName": "orders", "ShardCount": "1"}'
  # No X-Amz-Target, an unknown service, an unknown operation: UnknownOperationException.
  curl -sS -X POST "$HARNESS_URL/" -H 'Content-Type: application/x-amz-json-1.1' -d '{}' -w '%{http_code} ' -o "$body_file"
  cat "$body_file"; echo
  call Kinesis_20131202.StartStreamEncryptionNow '{}'
  call DynamoDB_20120810.ListTables '{}'
  # Nothing above changed the world.
  call Kinesis_20131202.ListStreams '{}'
  # snippet-end: protocol
  # The response headers AWS sends (status line and header names only).
  curl -sS -D - -o /dev/null -X POST "$HARNESS_URL/" -H 'X-Amz-Target: Kinesis_20131202.ListStreams' \
    -H 'Content-Type: application/x-amz-json-1.1' -d '{}' | tr -d '\r' | cut -d: -f1 | tr 'A-Z' 'a-z' | sort
}

case "${1:-}" in
  lifecycle) lifecycle ;;
  protocol) protocol ;;
  *) echo "usage: HARNESS_URL=... $0 lifecycle|protocol" >&2; exit 2 ;;
esac
